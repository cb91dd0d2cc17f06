# /// script
# dependencies = ["flask"]
# ///

# --8<-- [start:factory]
from flask import Blueprint, Flask, abort, current_app, request, url_for

# In a project each blueprint lives in its own module: shop/catalog.py, shop/admin.py.
catalog = Blueprint("catalog", __name__)
admin = Blueprint("admin", __name__)


@catalog.get("/")
def index():
    return {"items": sorted(current_app.config["PRICES"])}


@catalog.get("/<name>")
def detail(name):
    if name not in current_app.config["PRICES"]:
        abort(404)
    back = url_for(".index")  # ".index": an endpoint in this same blueprint
    return {"name": name, "price": current_app.config["PRICES"][name], "back": back}


@admin.before_request  # runs for admin's routes only
def admins_only():
    if request.headers.get("X-Role") != "admin":
        return {"error": "admins only"}, 403
    return None


@admin.get("/stats")
def stats():
    return {"products": len(current_app.config["PRICES"])}


def create_app(config=None):
    app = Flask(__name__)
    app.config.from_mapping(PRICES={"pen": 2, "ink": 5})  # defaults
    app.config.update(config or {})  # per environment, per test
    app.register_blueprint(catalog, url_prefix="/shop")
    app.register_blueprint(admin, url_prefix="/admin")
    return app


app = create_app()
for rule in app.url_map.iter_rules():
    print(f"{rule.rule:16} -> {rule.endpoint}")
#> /static/<path:filename> -> static
#> /shop/           -> catalog.index
#> /shop/<name>     -> catalog.detail
#> /admin/stats     -> admin.stats
with app.test_request_context():  # url_for needs a request (or SERVER_NAME)
    print(url_for("catalog.detail", name="pen"), url_for("admin.stats"))
#> /shop/pen /admin/stats


def test_catalog():
    client = create_app({"PRICES": {"mug": 9}}).test_client()  # its own data
    response = client.get("/shop/")
    print("catalog list:", response.status_code, response.json)
    assert response.json == {"items": ["mug"]}
    response = client.get("/shop/mug")
    print("catalog detail:", response.status_code, response.json)
    assert client.get("/shop/pen").status_code == 404


def test_admin():
    client = create_app().test_client()
    print("admin, no role:", client.get("/admin/stats").status_code)
    response = client.get("/admin/stats", headers={"X-Role": "admin"})
    print("admin, admin role:", response.status_code, response.json)
    assert response.json == {"products": 2}


test_catalog()
#> catalog list: 200 {'items': ['mug']}
#> catalog detail: 200 {'back': '/shop/', 'name': 'mug', 'price': 9}
test_admin()
#> admin, no role: 403
#> admin, admin role: 200 {'products': 2}
# --8<-- [end:factory]

# --8<-- [start:nested]
import textwrap

from flask import Blueprint, Flask, url_for

api = Blueprint("api", __name__, url_prefix="/api")
users = Blueprint("users", __name__, url_prefix="/users")


@users.get("/<int:user_id>")
def show(user_id):
    return {"id": user_id}


api.register_blueprint(users)  # nested: URLs and endpoint names both stack

app = Flask(__name__)
app.register_blueprint(api)  # /api/...
app.register_blueprint(api, url_prefix="/v2", name="api_v2")  # same one, new name
try:
    app.register_blueprint(api, url_prefix="/v3")  # the same name twice
except ValueError as e:
    print(type(e).__name__, str(e).split(". ")[0])
#> ValueError The name 'api' is already registered for this blueprint
with app.test_request_context():
    print(url_for("api.users.show", user_id=1), url_for("api_v2.users.show", user_id=1))
#> /api/users/1 /v2/users/1
print(app.test_client().get("/v2/users/3").json)
#> {'id': 3}
try:
    app.register_blueprint(Blueprint("late", __name__))  # after the first request
except AssertionError as e:
    print(textwrap.fill(f"{type(e).__name__}: {str(e).split('. ')[0]}", 80))
#> AssertionError: The setup method 'register_blueprint' can no longer be called on
#> the application
# --8<-- [end:nested]
