# /// script
# dependencies = ["flask", "pyjwt"]
# ///

# --8<-- [start:decorator]
import functools
import re
from datetime import UTC, datetime, timedelta

import jwt
from flask import Flask, current_app, g, jsonify, request

SECRET = "test-only-secret-of-at-least-48-bytes-so-HS384-works"  # from the env
ISSUER, AUDIENCE = "https://auth.example.com", "orders-api"
B64TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")  # RFC 6750 token syntax
app = Flask(__name__)


class Refused(Exception):
    """Why a request is refused: `reason` goes to the log, never to the client."""

    def __init__(self, status, error, reason):
        super().__init__(reason)
        self.status, self.error, self.reason = status, error, reason


def authenticate(header):
    """The claims of a valid access token in an Authorization header, or Refused."""
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer":  # no token, or another scheme such as Basic
        raise Refused(401, None, "no bearer token")
    if not B64TOKEN.fullmatch(token):
        raise Refused(400, "invalid_request", "malformed Authorization header")
    try:
        decoded = jwt.decode_complete(
            token,
            SECRET,
            algorithms=["HS256"],  # never let the token choose
            issuer=ISSUER,
            audience=AUDIENCE,
            options={"require": ["exp", "iat", "iss", "aud", "sub"]},
        )
    except jwt.InvalidTokenError as e:  # every PyJWT check raises a subclass
        raise Refused(401, "invalid_token", repr(e)) from e
    if decoded["header"].get("typ") != "at+jwt":  # RFC 9068: access tokens only
        raise Refused(401, "invalid_token", "not an access token")
    return decoded["payload"]


def refuse(refused):
    current_app.logger.info("refused: %s", refused.reason)
    challenge = f'Bearer realm="{AUDIENCE}"'  # RFC 6750, section 3
    if refused.error:  # no error code when the client sent no token at all
        challenge += f', error="{refused.error}"'
    response = jsonify(error=refused.error or "token_required")
    response.status_code = refused.status
    response.headers["WWW-Authenticate"] = challenge
    return response


def jwt_required(view):
    @functools.wraps(view)  # keeps the view's name, which Flask uses as endpoint
    def wrapper(*args, **kwargs):
        try:
            g.claims = authenticate(request.headers.get("Authorization", ""))
        except Refused as refused:
            return refuse(refused)
        return view(*args, **kwargs)

    return wrapper


@app.get("/me")
@jwt_required
def me():
    return {"user": g.claims["sub"]}


def issue(typ="at+jwt", secret=SECRET, algorithm="HS256", **changes):
    now = datetime.now(UTC)
    claims = {"sub": "ada", "iss": ISSUER, "aud": AUDIENCE, "iat": now}
    claims |= {"exp": now + timedelta(minutes=5)} | changes
    claims = {name: value for name, value in claims.items() if value is not None}
    return jwt.encode(claims, secret, algorithm, headers={"typ": typ})


cases = {
    "valid": f"Bearer {issue()}",
    "no header": None,
    "no exp": f"Bearer {issue(exp=None)}",
    "expired": f"Bearer {issue(exp=datetime(2020, 1, 1, tzinfo=UTC))}",
    "alg none": f"Bearer {jwt.encode({'sub': 'admin'}, None, 'none')}",
    "HS384": f"Bearer {issue(algorithm='HS384')}",
    "other key": f"Bearer {issue(secret='another-secret-of-at-least-32-bytes')}",
    "other iss": f"Bearer {issue(iss='https://evil.example')}",
    "other aud": f"Bearer {issue(aud='billing-api')}",
    "refresh": f"Bearer {issue(typ='JWT', scope='refresh')}",
    "no sub": f"Bearer {issue(sub=None)}",
    "not a JWT": "Bearer not-a-jwt",
    "malformed": "Bearer",
}
client = app.test_client()
for name, header in cases.items():
    response = client.get("/me", headers={"Authorization": header} if header else {})
    challenge = response.headers.get("WWW-Authenticate", response.json)
    print(f"{name:9} {response.status_code} {challenge}")
#> valid     200 {'user': 'ada'}
#> no header 401 Bearer realm="orders-api"
#> no exp    401 Bearer realm="orders-api", error="invalid_token"
#> expired   401 Bearer realm="orders-api", error="invalid_token"
#> alg none  401 Bearer realm="orders-api", error="invalid_token"
#> HS384     401 Bearer realm="orders-api", error="invalid_token"
#> other key 401 Bearer realm="orders-api", error="invalid_token"
#> other iss 401 Bearer realm="orders-api", error="invalid_token"
#> other aud 401 Bearer realm="orders-api", error="invalid_token"
#> refresh   401 Bearer realm="orders-api", error="invalid_token"
#> no sub    401 Bearer realm="orders-api", error="invalid_token"
#> not a JWT 401 Bearer realm="orders-api", error="invalid_token"
#> malformed 400 Bearer realm="orders-api", error="invalid_request"
# --8<-- [end:decorator]

# --8<-- [start:before-request]
import logging
import re
from datetime import UTC, datetime, timedelta

import jwt
from flask import Blueprint, Flask, g, request

SECRET = "test-only-secret-of-at-least-48-bytes-so-HS384-works"
ISSUER, AUDIENCE = "https://auth.example.com", "orders-api"
B64TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")  # RFC 6750 token syntax


class Refused(Exception):
    """Why a request is refused: `reason` goes to the log, never to the client."""

    def __init__(self, status, error, reason):
        super().__init__(reason)
        self.status, self.error, self.reason = status, error, reason


def authenticate(header):  # the same checks as in the decorator example
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer":
        raise Refused(401, None, "no bearer token")
    if not B64TOKEN.fullmatch(token):
        raise Refused(400, "invalid_request", "malformed Authorization header")
    try:
        decoded = jwt.decode_complete(
            token,
            SECRET,
            algorithms=["HS256"],
            issuer=ISSUER,
            audience=AUDIENCE,
            options={"require": ["exp", "iat", "iss", "aud", "sub"]},
        )
    except jwt.InvalidTokenError as e:
        raise Refused(401, "invalid_token", repr(e)) from e
    if decoded["header"].get("typ") != "at+jwt":
        raise Refused(401, "invalid_token", "not an access token")
    return decoded["payload"]


def challenge(refused):
    value = f'Bearer realm="{AUDIENCE}"'
    return value + (f', error="{refused.error}"' if refused.error else "")


def bearer(**changes):  # a valid access token's header, or one with `changes`
    now = datetime.now(UTC)
    claims = {"sub": "ada", "iss": ISSUER, "aud": AUDIENCE, "iat": now}
    claims |= {"exp": now + timedelta(minutes=5)} | changes
    token = jwt.encode(claims, SECRET, "HS256", headers={"typ": "at+jwt"})
    return {"Authorization": f"Bearer {token}"}


api = Blueprint("api", __name__, url_prefix="/api")


@api.before_request  # guards every route of the blueprint: none can be forgotten
def require_token():
    automatic = getattr(request.url_rule, "provide_automatic_options", False)
    if request.method == "OPTIONS" and automatic:
        return None  # a CORS preflight has no token; Flask answers it, not a view
    try:
        g.claims = authenticate(request.headers.get("Authorization", ""))
    except Refused as refused:
        logging.getLogger(__name__).info("refused: %s", refused.reason)
        body = {"error": refused.error or "token_required"}
        return body, refused.status, {"WWW-Authenticate": challenge(refused)}
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


client = create_app().test_client()
preflight = {"Origin": "https://shop.example", "Access-Control-Request-Method": "GET"}
checks = [
    ("GET", "/health", {}),
    ("GET", "/api/orders", {}),
    ("GET", "/api/orders", bearer()),
    ("GET", "/api/orders", bearer(exp=datetime(2020, 1, 1, tzinfo=UTC))),
    ("OPTIONS", "/api/orders", preflight),
]
for method, path, headers in checks:
    response = client.open(path, method=method, headers=headers)
    print(method, path, response.status_code, response.json)
#> GET /health 200 {'ok': True}
#> GET /api/orders 401 {'error': 'token_required'}
#> GET /api/orders 200 {'orders': [], 'user': 'ada'}
#> GET /api/orders 401 {'error': 'invalid_token'}
#> OPTIONS /api/orders 200 None
# --8<-- [end:before-request]

# --8<-- [start:wsgi-middleware]
import json
import logging
import re
from datetime import UTC, datetime, timedelta

import jwt
from flask import Flask, request

SECRET = "test-only-secret-of-at-least-48-bytes-so-HS384-works"
ISSUER, AUDIENCE = "https://auth.example.com", "orders-api"
B64TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")  # RFC 6750 token syntax


class Refused(Exception):
    """Why a request is refused: `reason` goes to the log, never to the client."""

    def __init__(self, status, error, reason):
        super().__init__(reason)
        self.status, self.error, self.reason = status, error, reason


def authenticate(header):  # the same checks as in the decorator example
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer":
        raise Refused(401, None, "no bearer token")
    if not B64TOKEN.fullmatch(token):
        raise Refused(400, "invalid_request", "malformed Authorization header")
    try:
        decoded = jwt.decode_complete(
            token,
            SECRET,
            algorithms=["HS256"],
            issuer=ISSUER,
            audience=AUDIENCE,
            options={"require": ["exp", "iat", "iss", "aud", "sub"]},
        )
    except jwt.InvalidTokenError as e:
        raise Refused(401, "invalid_token", repr(e)) from e
    if decoded["header"].get("typ") != "at+jwt":
        raise Refused(401, "invalid_token", "not an access token")
    return decoded["payload"]


def challenge(refused):
    value = f'Bearer realm="{AUDIENCE}"'
    return value + (f', error="{refused.error}"' if refused.error else "")


def bearer(**changes):  # a valid access token's header, or one with `changes`
    now = datetime.now(UTC)
    claims = {"sub": "ada", "iss": ISSUER, "aud": AUDIENCE, "iat": now}
    claims |= {"exp": now + timedelta(minutes=5)} | changes
    token = jwt.encode(claims, SECRET, "HS256", headers={"typ": "at+jwt"})
    return {"Authorization": f"Bearer {token}"}


STATUS_LINES = {400: "400 Bad Request", 401: "401 Unauthorized"}


class JWTMiddleware:
    """Plain WSGI (PEP 3333): works around any WSGI app, Flask or not."""

    def __init__(self, app, public=("/health",), origins=("https://shop.example",)):
        self.app, self.public, self.origins = app, public, origins

    def __call__(self, environ, start_response):
        if environ["PATH_INFO"] in self.public:
            return self.app(environ, start_response)
        if self.is_preflight(environ):  # answered here: the app never runs unchecked
            return self.answer(start_response, "204 No Content", self.cors(environ))
        try:
            claims = authenticate(environ.get("HTTP_AUTHORIZATION", ""))
        except Refused as refused:
            logging.getLogger(__name__).info("refused: %s", refused.reason)
            status = STATUS_LINES[refused.status]
            body = {"error": refused.error or "token_required"}
            headers = [("WWW-Authenticate", challenge(refused))]
            return self.answer(start_response, status, headers, body)
        environ["jwt.claims"] = claims  # hand the result on through the environ
        return self.app(environ, start_response)

    @staticmethod
    def is_preflight(environ):
        return (
            environ["REQUEST_METHOD"] == "OPTIONS"
            and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in environ
        )

    def cors(self, environ):
        origin = environ.get("HTTP_ORIGIN", "")
        if origin not in self.origins:
            return []  # no CORS headers: the browser blocks the real request
        return [
            ("Access-Control-Allow-Origin", origin),
            ("Access-Control-Allow-Headers", "Authorization"),
            ("Vary", "Origin"),
        ]

    @staticmethod
    def answer(start_response, status, headers, body=None):
        data = json.dumps(body).encode() if body is not None else b""
        headers = [*headers, ("Content-Type", "application/json")] if data else headers
        start_response(status, [*headers, ("Content-Length", str(len(data)))])
        return [data]


app = Flask(__name__)
app.wsgi_app = JWTMiddleware(app.wsgi_app)  # wrap, keep `app` itself


@app.get("/health")
def health():
    return {"ok": True}


@app.get("/reports")
def reports():
    return {"user": request.environ["jwt.claims"]["sub"]}


client = app.test_client()  # goes through app.wsgi_app, so through the middleware
preflight = {"Origin": "https://shop.example", "Access-Control-Request-Method": "GET"}
for method, path, headers in [
    ("GET", "/health", {}),
    ("GET", "/reports", bearer()),
    ("GET", "/reports", bearer(iss="https://evil.example")),
    ("GET", "/reports", {}),
    ("OPTIONS", "/reports", preflight),
]:
    response = client.open(path, method=method, headers=headers)
    print(method, path, response.status_code, response.json)
#> GET /health 200 {'ok': True}
#> GET /reports 200 {'user': 'ada'}
#> GET /reports 401 {'error': 'invalid_token'}
#> GET /reports 401 {'error': 'token_required'}
#> OPTIONS /reports 204 None
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
