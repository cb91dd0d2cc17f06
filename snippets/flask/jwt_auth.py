# /// script
# dependencies = ["flask", "pyjwt"]
# ///

# --8<-- [start:decorator]
import base64
import functools
import json
from datetime import UTC, datetime, timedelta

import jwt
from flask import Flask, g, jsonify, request

SECRET = "test-only-secret-of-at-least-32-bytes!"  # in production: from the env
app = Flask(__name__)


def issue(user, expires):
    return jwt.encode({"sub": user, "exp": expires}, SECRET, algorithm="HS256")


def unauthorized(reason):
    response = jsonify(error=reason)
    response.status_code = 401
    response.headers["WWW-Authenticate"] = 'Bearer error="invalid_token"'
    return response


def jwt_required(view):
    @functools.wraps(view)  # keeps the view's name, which Flask uses as endpoint
    def wrapper(*args, **kwargs):
        auth = request.authorization  # Werkzeug parses "Bearer <token>"
        if auth is None or auth.type != "bearer" or not auth.token:
            return unauthorized("missing bearer token")
        try:
            claims = jwt.decode(
                auth.token,
                SECRET,
                algorithms=["HS256"],  # never let the token choose
                options={"require": ["exp", "sub"]},
            )
        except jwt.ExpiredSignatureError:
            return unauthorized("token expired")
        except jwt.InvalidTokenError as e:  # bad signature, bad format, bad alg...
            return unauthorized(f"invalid token: {e}")
        g.user = claims["sub"]
        return view(*args, **kwargs)

    return wrapper


@app.get("/me")
@jwt_required
def me():
    return {"user": g.user}


def forge(token, **changes):  # edit the payload, keep the old signature
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    raw = json.dumps(claims | changes).encode()
    return f"{header}.{base64.urlsafe_b64encode(raw).rstrip(b'=').decode()}.{signature}"


now = datetime.now(UTC)
valid = issue("ada", now + timedelta(minutes=15))
cases = [
    ("valid", valid, 200),
    ("expired", issue("ada", datetime(2020, 1, 1, tzinfo=UTC)), 401),
    ("tampered", forge(valid, sub="admin"), 401),
    ("alg=none", jwt.encode({"sub": "admin"}, None, algorithm="none"), 401),
    ("missing", None, 401),
]
client = app.test_client()
for name, token, expected in cases:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = client.get("/me", headers=headers)
    print(f"{name:9} {response.status_code} {response.json}")
    assert response.status_code == expected, name
#> valid     200 {'user': 'ada'}
#> expired   401 {'error': 'token expired'}
#> tampered  401 {'error': 'invalid token: Signature verification failed'}
#> alg=none  401 {'error': 'invalid token: The specified alg value is not allowed'}
#> missing   401 {'error': 'missing bearer token'}
# --8<-- [end:decorator]

# --8<-- [start:before-request]
from datetime import UTC, datetime, timedelta

import jwt
from flask import Blueprint, Flask, g, request

SECRET = "test-only-secret-of-at-least-32-bytes!"
api = Blueprint("api", __name__, url_prefix="/api")


@api.before_request  # guards every route of the blueprint: none can be forgotten
def authenticate():
    auth = request.authorization
    if auth is None or auth.type != "bearer":
        return {"error": "missing bearer token"}, 401
    try:
        g.claims = jwt.decode(auth.token, SECRET, algorithms=["HS256"])
    except jwt.InvalidTokenError as e:  # ExpiredSignatureError is a subclass
        return {"error": type(e).__name__}, 401
    return None  # None: carry on to the view


@api.get("/orders")
def orders():
    return {"user": g.claims["sub"], "orders": []}


def create_app():
    app = Flask(__name__)
    app.register_blueprint(api)

    @app.get("/health")  # outside the blueprint: public
    def health():
        return {"ok": True}

    return app


def bearer(user, expires):
    token = jwt.encode({"sub": user, "exp": expires}, SECRET, algorithm="HS256")
    return {"Authorization": f"Bearer {token}"}


client = create_app().test_client()
now = datetime.now(UTC)
checks = [
    ("/health", {}, 200),
    ("/api/orders", {}, 401),
    ("/api/orders", bearer("ada", now + timedelta(minutes=5)), 200),
    ("/api/orders", bearer("ada", now - timedelta(minutes=5)), 401),
]
for path, headers, expected in checks:
    response = client.get(path, headers=headers)
    print(path, response.status_code, response.json)
    assert response.status_code == expected
#> /health 200 {'ok': True}
#> /api/orders 401 {'error': 'missing bearer token'}
#> /api/orders 200 {'orders': [], 'user': 'ada'}
#> /api/orders 401 {'error': 'ExpiredSignatureError'}
# --8<-- [end:before-request]

# --8<-- [start:wsgi-middleware]
import json
from datetime import UTC, datetime, timedelta

import jwt
from flask import Flask, request

SECRET = "test-only-secret-of-at-least-32-bytes!"


class JWTMiddleware:
    """Plain WSGI (PEP 3333): works around any WSGI app, Flask or not."""

    def __init__(self, app, secret, public=("/health",)):
        self.app, self.secret, self.public = app, secret, public

    def __call__(self, environ, start_response):
        if environ["PATH_INFO"] in self.public:
            return self.app(environ, start_response)
        scheme, _, token = environ.get("HTTP_AUTHORIZATION", "").partition(" ")
        try:
            if scheme.lower() != "bearer":
                raise jwt.InvalidTokenError("missing bearer token")
            claims = jwt.decode(token, self.secret, algorithms=["HS256"])
        except jwt.InvalidTokenError as e:
            body = json.dumps({"error": str(e)}).encode()
            start_response(
                "401 Unauthorized",
                [("Content-Type", "application/json"), ("WWW-Authenticate", "Bearer")],
            )
            return [body]  # the app never sees this request
        environ["jwt.claims"] = claims  # hand the result on through the environ
        return self.app(environ, start_response)


app = Flask(__name__)
app.wsgi_app = JWTMiddleware(app.wsgi_app, SECRET)  # wrap, keep `app` itself


@app.get("/health")
def health():
    return {"ok": True}


@app.get("/reports")
def reports():
    return {"user": request.environ["jwt.claims"]["sub"]}


def token(user, expires):
    return jwt.encode({"sub": user, "exp": expires}, SECRET, algorithm="HS256")


good = token("grace", datetime.now(UTC) + timedelta(minutes=5))
old = token("grace", datetime(2020, 1, 1, tzinfo=UTC))
other_key = jwt.encode(
    {"sub": "grace"}, "some-other-secret-of-32-bytes-or-more", "HS256"
)
client = app.test_client()  # goes through app.wsgi_app, so through the middleware
for path, auth, expected in [
    ("/health", None, 200),
    ("/reports", f"Bearer {good}", 200),
    ("/reports", f"Bearer {old}", 401),
    ("/reports", f"Bearer {other_key}", 401),
    ("/reports", None, 401),
]:
    response = client.get(path, headers={"Authorization": auth} if auth else {})
    print(path, response.status_code, response.json)
    assert response.status_code == expected
#> /health 200 {'ok': True}
#> /reports 200 {'user': 'grace'}
#> /reports 401 {'error': 'Signature has expired'}
#> /reports 401 {'error': 'Signature verification failed'}
#> /reports 401 {'error': 'missing bearer token'}
# --8<-- [end:wsgi-middleware]

# --8<-- [start:pitfalls]
import warnings
from datetime import UTC, datetime, timedelta

import jwt

SECRET = "test-only-secret-of-at-least-32-bytes!"
exp = datetime.now(UTC) + timedelta(minutes=5)
token = jwt.encode({"sub": "ada", "role": "admin", "exp": exp}, SECRET, "HS256")

# 1. Signed is not encrypted: anyone can read the claims without the key.
claims = jwt.decode(token, options={"verify_signature": False})
print(claims["sub"], claims["role"])
#> ada admin

# 2. PyJWT 2 refuses to guess the algorithm.
try:
    jwt.decode(token, SECRET)
except jwt.DecodeError as e:
    print(type(e).__name__, str(e).split(" when")[0])
#> DecodeError It is required that you pass in a value for the "algorithms" argument

# 3. "sub" must be a string (RFC 7519), so a numeric user id fails on decode.
numeric = jwt.encode({"sub": 42, "exp": exp}, SECRET, "HS256")
try:
    jwt.decode(numeric, SECRET, algorithms=["HS256"])
except jwt.InvalidTokenError as e:  # here: jwt.exceptions.InvalidSubjectError
    print(type(e).__name__, e)
#> InvalidSubjectError Subject must be a string

# 4. HS256 keys shorter than the 32-byte hash only warn, they still sign.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    jwt.encode({"sub": "ada"}, "short-key", "HS256")
print(caught[0].category.__name__, "32 bytes" in str(caught[0].message))
#> InsecureKeyLengthWarning True
# --8<-- [end:pitfalls]

# --8<-- [start:no-wraps]
from flask import Flask


def login_required(view):
    def wrapper(*args, **kwargs):  # no functools.wraps: every view is "wrapper"
        return view(*args, **kwargs)

    return wrapper


app = Flask(__name__)


@app.get("/a")
@login_required
def page_a():
    return "a"


try:

    @app.get("/b")
    @login_required
    def page_b():
        return "b"

except AssertionError as e:
    print(type(e).__name__, str(e).split(":")[0])
#> AssertionError View function mapping is overwriting an existing endpoint function
print(app.test_client().get("/b").text)  # the half-registered URL runs page_a
#> a
# --8<-- [end:no-wraps]
