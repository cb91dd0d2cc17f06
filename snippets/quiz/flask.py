# /// script
# dependencies = ["flask"]
# ///

# Quiz: Flask (hooks/quiz.py renders it on flask.md). Each question runs a Flask app
# through its test client or a context it pushes itself.

# quiz:
#   tests: flask-vs-django-context
#   wrong: ["shop", "None", "KeyError"]
#   why: >-
#     `current_app` is a proxy to the application of the current context; with no
#     application context pushed there is nothing to point to, so using it raises.
# --8<-- [start:no-context]
from flask import Flask, current_app

app = Flask("shop")
try:
    print(current_app.name)
except RuntimeError as error:
    print(type(error).__name__)
#> RuntimeError
# --8<-- [end:no-context]

# quiz:
#   tests: flask-vs-django-context
#   wrong: ["ann", "AttributeError", "ann None"]
#   why: >-
#     `g` belongs to one application context: each `with app.app_context()` pushes a
#     new context with a new, empty `g`.
# --8<-- [start:g-per-context]
from flask import Flask, g

app = Flask("shop")
with app.app_context():
    g.user = "ann"
with app.app_context():
    print(g.get("user"))
#> None
# --8<-- [end:g-per-context]

# quiz:
#   tests: flask-blueprints
#   wrong: ["/shop/items/3", "/v2/shop/items/3", "/items/3"]
#   why: >-
#     The `url_prefix` given to `register_blueprint` replaces the one the blueprint
#     was created with; the endpoint name keeps the blueprint's name, `shop`.
# --8<-- [start:prefix]
from flask import Blueprint, Flask, url_for

shop = Blueprint("shop", __name__, url_prefix="/shop")


@shop.get("/items/<int:item_id>")
def item(item_id):
    return {"id": item_id}


app = Flask(__name__)
app.register_blueprint(shop, url_prefix="/v2")
with app.test_request_context():
    print(url_for("shop.item", item_id=3))
#> /v2/items/3
# --8<-- [end:prefix]

# quiz:
#   tests: flask-jwt-middleware
#   wrong:
#     - "view\n200 ok"
#     - "view\n401 {'error': 'missing token'}"
#     - "200 {'error': 'missing token'}"
#   why: >-
#     When a `before_request` function returns a value, Flask uses it as the response
#     and never calls the view: that is how an auth check stops a request.
# --8<-- [start:before-request]
from flask import Flask, request

app = Flask("shop")


@app.before_request
def require_token():
    if "Authorization" not in request.headers:
        return {"error": "missing token"}, 401, {"WWW-Authenticate": "Bearer"}
    return None


@app.get("/")
def index():
    print("view")
    return "ok"


response = app.test_client().get("/")
print(response.status_code, response.get_json())
#> 401 {'error': 'missing token'}
# --8<-- [end:before-request]

# quiz:
#   tests: flask-vs-django-context
#   wrong: ["first\nsecond", "second", "first"]
#   why: >-
#     Flask calls `after_request` functions in the reverse order of registration, so
#     the one registered last sees the response first, like an inner layer.
# --8<-- [start:after-request-order]
from flask import Flask

app = Flask("shop")


@app.after_request
def first(response):
    print("first")
    return response


@app.after_request
def second(response):
    print("second")
    return response


@app.get("/")
def home():
    return "ok"


response = app.test_client().get("/")
#> second
#> first
# --8<-- [end:after-request-order]
