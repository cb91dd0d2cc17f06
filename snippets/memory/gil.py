# --8<-- [start:gil-status]
import sys
import sysconfig

# How often a running thread is asked to hand the GIL over (seconds).
print(sys.getswitchinterval())
#> 0.005
# Py_GIL_DISABLED is set only in a free-threaded build (python3.13t, 3.14t).
print("free-threaded build:", bool(sysconfig.get_config_var("Py_GIL_DISABLED")))
#> free-threaded build: False
if hasattr(sys, "_is_gil_enabled"):  # added in 3.13
    print("GIL enabled:", sys._is_gil_enabled())
else:
    print("GIL enabled: always (3.12 and earlier)")
#>[<=3.12] GIL enabled: always (3.12 and earlier)
#>[>=3.13] GIL enabled: True
# --8<-- [end:gil-status]

# --8<-- [start:not-atomic]
import dis

counter = 0


def increment():
    global counter
    counter += 1


names = [instruction.opname for instruction in dis.get_instructions(increment)]
read, write = names.index("LOAD_GLOBAL"), names.index("STORE_GLOBAL")
# Read, add and write are separate instructions. Python does not promise that
# no other thread runs between them, so two threads can both read 5 and both
# write 6: on a free-threaded build, or when a call sits between read and write.
print(names[read : write + 1])
#>[<=3.13] ['LOAD_GLOBAL', 'LOAD_CONST', 'BINARY_OP', 'STORE_GLOBAL']
#>[3.14] ['LOAD_GLOBAL', 'LOAD_SMALL_INT', 'BINARY_OP', 'STORE_GLOBAL']
#>[>=3.15] <varies>
# --8<-- [end:not-atomic]
