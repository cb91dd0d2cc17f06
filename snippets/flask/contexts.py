# /// script
# dependencies = ["flask"]
# ///

# --8<-- [start:two-contexts]
from flask import Flask, current_app, g, request

app = Flask("shop")
app.config["CURRENCY"] = "EUR"

try:
    print(current_app.config["CURRENCY"])  # no context pushed yet
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0], sep=": ")
#> RuntimeError: Working outside of application context.

with app.app_context():  # what CLI commands and background jobs push
    print(current_app.name, current_app.config["CURRENCY"])
    g.db = "connection #1"  # g lives as long as this app context
    print(g.db)
    try:
        print(request.path)
    except RuntimeError as e:
        print(type(e).__name__, str(e).splitlines()[0], sep=": ")
#> shop EUR
#> connection #1
#> RuntimeError: Working outside of request context.

with app.test_request_context("/cart?item=42", method="POST"):  # pushes both
    print(request.method, request.path, request.args["item"], current_app.name)
    print("db" in g)  # a new app context, so a new, empty g
#> POST /cart 42 shop
#> False
# --8<-- [end:two-contexts]

# --8<-- [start:lifecycle]
from flask import Flask, g, request

app = Flask("shop")


@app.before_request
def open_db():
    g.db = "connection"
    print(f"before_request: {request.method} {request.path}, g.db set")


@app.get("/items/<int:item_id>")
def item(item_id):
    print(f"view: item({item_id}), uses {g.db}")
    return {"id": item_id}


@app.after_request
def add_header(response):
    print("after_request:", response.status)
    response.headers["X-Shop"] = "1"
    return response


@app.teardown_request
def end_request(exc):
    print("teardown_request, error:", exc)


@app.teardown_appcontext
def close_db(exc):
    print("teardown_appcontext: closing", g.pop("db"))


response = app.test_client().get("/items/7")
#> before_request: GET /items/7, g.db set
#> view: item(7), uses connection
#> after_request: 200 OK
#> teardown_request, error: None
#> teardown_appcontext: closing connection
print(response.status_code, response.json, response.headers["X-Shop"])
#> 200 {'id': 7} 1
# --8<-- [end:lifecycle]

# --8<-- [start:proxies]
from contextvars import ContextVar, copy_context

from flask import Flask, request
from werkzeug.local import LocalProxy

app = Flask("shop")
print(type(request).__name__)  # not a Request: a stand-in that looks one up
#> LocalProxy
with app.test_request_context("/a"):
    real = request._get_current_object()  # the object the proxy points at now
    print(type(real).__name__, real.path)
#> Request /a

# The same mechanism, built by hand: a ContextVar plus a LocalProxy over it.
current_user = ContextVar("current_user")
user = LocalProxy(current_user, unbound_message="no user in this context")


def handle(name):
    current_user.set(name)  # visible only inside this context
    return f"{user.upper()} in its own context"


print(copy_context().run(handle, "ada"))  # each "request" gets a copied context
#> ADA in its own context
print(copy_context().run(handle, "grace"))
#> GRACE in its own context
try:
    user.upper()  # this (outer) context never set it
except RuntimeError as e:
    print(type(e).__name__, e, sep=": ")
#> RuntimeError: no user in this context
# --8<-- [end:proxies]

# --8<-- [start:stream-broken]
from flask import Flask, request

app = Flask("shop")


@app.get("/export")
def export():
    def rows():  # runs while the server sends the body: after the view returned
        yield f"user={request.args['user']}\n"
        yield "row 1\n"

    return rows()  # a generator is streamed, one chunk at a time


try:
    print(app.test_client().get("/export?user=ada").text.splitlines())
except RuntimeError as e:  # the request context was popped before the body
    print(type(e).__name__, str(e).splitlines()[0], sep=": ")
#> RuntimeError: Working outside of request context.
# --8<-- [end:stream-broken]

# --8<-- [start:stream-fixed]
from flask import Flask, request, stream_with_context

app = Flask("shop")


@app.get("/export")
def export_streamed():
    @stream_with_context  # keeps the request context pushed until the body ends
    def rows():
        yield f"user={request.args['user']}\n"
        yield "row 1\n"

    return rows()


try:
    print(app.test_client().get("/export?user=ada").text.splitlines())
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0], sep=": ")
#> ['user=ada', 'row 1']
# --8<-- [end:stream-fixed]
