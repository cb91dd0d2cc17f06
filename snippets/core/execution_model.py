# --8<-- [start:pipeline]
import ast
import io
import tokenize

source = "total = 2 + 3\nprint(total * 10)\n"

# Step 1: the tokenizer cuts the text into tokens.
tokens = tokenize.generate_tokens(io.StringIO(source).readline)
print([tokenize.tok_name[token.type] for token in tokens][:6])
#> ['NAME', 'OP', 'NUMBER', 'OP', 'NUMBER', 'NEWLINE']

# Step 2: the parser builds an abstract syntax tree (AST) from the tokens.
tree = ast.parse(source)
statement = tree.body[0]
print(type(statement).__name__, [target.id for target in statement.targets])
#> Assign ['total']
print(ast.dump(statement.value))
#> BinOp(left=Constant(value=2), op=Add(), right=Constant(value=3))

# Step 3: the compiler turns the AST into a code object that holds bytecode.
code = compile(tree, "<demo>", "exec")
print(type(code).__name__, type(code.co_code).__name__)
#> code bytes

# Step 4: the interpreter loop executes the bytecode.
exec(code, {})
#> 50
# --8<-- [end:pipeline]

# --8<-- [start:compile-first]
source = 'print("line 1 runs")\nprint("line 2 is broken"\n'
try:
    exec(source)
except SyntaxError as error:
    print(f"SyntaxError on line {error.lineno}: {error.msg}")
#> SyntaxError on line 2: '(' was never closed
# Nothing was printed: the whole text is compiled before any of it runs.
# --8<-- [end:compile-first]

# --8<-- [start:constant-folding]
seconds_per_day = compile("seconds = 60 * 60 * 24", "<demo>", "exec")
# The compiler did the multiplication already: the result is a constant.
print(86400 in seconds_per_day.co_consts)
#> True
# --8<-- [end:constant-folding]

# --8<-- [start:bytecode]
import dis


def add(a, b):
    return a + b


print(add.__code__.co_varnames)
#> ('a', 'b')
print([instruction.opname for instruction in dis.get_instructions(add)])
#>[3.11] ['RESUME', 'LOAD_FAST', 'LOAD_FAST', 'BINARY_OP', 'RETURN_VALUE']
#>[3.12] ['RESUME', 'LOAD_FAST', 'LOAD_FAST', 'BINARY_OP', 'RETURN_VALUE']
#>[3.13] ['RESUME', 'LOAD_FAST_LOAD_FAST', 'BINARY_OP', 'RETURN_VALUE']
#>[>=3.14] ['RESUME', 'LOAD_FAST_BORROW_LOAD_FAST_BORROW', 'BINARY_OP', 'RETURN_VALUE']
# --8<-- [end:bytecode]

# --8<-- [start:pyc-cache]
import importlib.util
import marshal
import pathlib
import py_compile
import struct
import sys
import tempfile

with tempfile.TemporaryDirectory() as folder:
    source = pathlib.Path(folder, "greeting.py")
    source.write_text('print("module body runs")\n', encoding="utf-8")
    # py_compile writes the file that `import greeting` would write on a cache miss.
    mode = py_compile.PycInvalidationMode.TIMESTAMP  # the mode import uses
    cached = pathlib.Path(py_compile.compile(str(source), invalidation_mode=mode))
    location = cached.relative_to(folder).as_posix()
    data = cached.read_bytes()
    source_stat = source.stat()

print(location == f"__pycache__/greeting.{sys.implementation.cache_tag}.pyc")
#> True
# A 16-byte header (PEP 552), then the marshalled code object.
magic, flags, mtime, size = struct.unpack("<4sIII", data[:16])
print(magic == importlib.util.MAGIC_NUMBER, flags)
#> True 0
# Flags 0 means "check by timestamp": mtime and size of the source are stored.
print(mtime == int(source_stat.st_mtime), size == source_stat.st_size)
#> True True
exec(marshal.loads(data[16:]), {})
#> module body runs
# --8<-- [end:pyc-cache]

# --8<-- [start:specialization]
import dis


def add(a, b):
    return a + b


def binary_ops(function):
    """Return the BINARY_OP family instructions as the interpreter runs them now."""
    return [
        instruction.opname
        for instruction in dis.get_instructions(function, adaptive=True)
        if instruction.opname.startswith("BINARY_OP")
    ]


print(binary_ops(add))
#> ['BINARY_OP']
for _ in range(1000):
    add(2, 3)
print(binary_ops(add))
#> ['BINARY_OP_ADD_INT']
for _ in range(1000):
    add(2.5, 0.5)
print(binary_ops(add))
#> ['BINARY_OP_ADD_FLOAT']
# --8<-- [end:specialization]

# --8<-- [start:implementation]
import sys

print(sys.implementation.name)
#> cpython
jit = getattr(sys, "_jit", None)  # sys._jit exists from 3.14 on
print(jit is not None and jit.is_enabled())
#> False
# --8<-- [end:implementation]
