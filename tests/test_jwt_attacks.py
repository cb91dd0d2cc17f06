"""Every Flask JWT example on docs/flask.md fails closed.

Each example in snippets/flask/jwt_auth.py (a decorator, a blueprint hook and a WSGI
middleware) runs exactly as the page shows it, in a fresh namespace. Then each of its
apps gets the attacks listed in issue 10: a token without `exp`, an expired one, `alg:
none`, another algorithm, a foreign issuer or audience, a refresh token, no `sub`,
malformed headers, and a CORS preflight. Each must get the status the page documents.
Every refusal carries an RFC 6750 `WWW-Authenticate` challenge, with no `error=` when
no token was sent and an error code otherwise, and no exception text reaches the client.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import snippet_harness  # tools/ is on sys.path (conftest.py)
from runtimes import SNIPPET_DEPS

ROOT = Path(__file__).resolve().parent.parent
SNIPPET = "snippets/flask/jwt_auth.py"
# Words of PyJWT's exception messages: none may appear in a response body.
LEAKS = (
    "Signature",
    "expired",
    "Invalid",
    "audience",
    "issuer",
    "claim",
    "alg",
    "Error",
)


@dataclass(frozen=True)
class Example:
    section: str
    path: str  # a protected URL of the example's app
    preflight_status: int  # what the page documents for a CORS preflight to `path`


EXAMPLES = [
    Example("decorator", "/me", 200),  # Flask's automatic OPTIONS; the view never runs
    Example("before-request", "/api/orders", 200),  # the hook lets Flask answer it
    Example("wsgi-middleware", "/reports", 204),  # the middleware answers it itself
]


@pytest.fixture(scope="module")
def pinned():
    """The pinned Flask and PyJWT (snippets/requirements.txt) on the path, then gone."""
    sys.path.insert(0, str(SNIPPET_DEPS))
    imported_before = set(sys.modules)
    yield
    snippet_harness.forget_packages(imported_before)
    sys.path.remove(str(SNIPPET_DEPS))


def run_section(name: str) -> dict:
    """Run one section as the page shows it; its namespace."""
    snippet = snippet_harness.load(SNIPPET, (ROOT / SNIPPET).read_text("utf-8"))
    section = snippet.sections[name]
    # Same source as snippet_harness.run_section: line numbers match the file.
    source = "\n" * (section.start - 1) + "\n".join(section.lines) + "\n"
    code = compile(source, SNIPPET, "exec", dont_inherit=True)
    names = {"__name__": "__main__", "__builtins__": __builtins__}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(code, names)
    return names


@pytest.fixture(scope="module")
def examples(pinned):
    return {example.section: run_section(example.section) for example in EXAMPLES}


def client_of(names: dict):
    app = names["create_app"]() if "create_app" in names else names["app"]
    return app.test_client()


def encode(names: dict, claims: dict, *, key="", algorithm="HS256", typ="at+jwt"):
    jwt = names["jwt"]
    key = names["SECRET"] if key == "" else key  # None: no key (alg "none")
    return jwt.encode(claims, key, algorithm, headers={"typ": typ} if typ else None)


def claims(names: dict, **changes) -> dict:
    now = datetime.now(UTC)
    valid = {
        "sub": "ada",
        "iss": names["ISSUER"],
        "aud": names["AUDIENCE"],
        "iat": now,
        "exp": now + timedelta(minutes=5),
    }
    merged = (valid | changes).items()
    return {  # numbers, as in a token: the hand-built tokens below go through json
        k: int(v.timestamp()) if isinstance(v, datetime) else v
        for k, v in merged
        if v is not None
    }


def b64(data: dict | bytes) -> str:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def attacks(names: dict) -> dict[str, tuple[str | None, int, str | None]]:
    """Attack -> (Authorization header or None, documented status, error code)."""
    valid = encode(names, claims(names))
    header, payload, signature = valid.split(".")
    admin = claims(names, sub="admin")
    long_ago = datetime(2020, 1, 1, tzinfo=UTC)
    soon = datetime.now(UTC) + timedelta(hours=1)
    other_key = "an-attacker-secret-of-at-least-48-bytes-for-HS384!!"
    tokens = {
        "no exp": encode(names, claims(names, exp=None)),
        "expired": encode(names, claims(names, exp=long_ago)),
        "not yet valid": encode(names, claims(names, nbf=soon)),
        "issued in the future": encode(names, claims(names, iat=soon)),
        "alg none": encode(names, admin, key=None, algorithm="none"),
        "alg none, typ at+jwt": f"{b64({'alg': 'none', 'typ': 'at+jwt'})}."
        f"{b64(admin)}.",
        "HS384 with the server's key": encode(names, admin, algorithm="HS384"),
        "RS256 header": f"{b64({'alg': 'RS256', 'typ': 'at+jwt'})}.{payload}."
        f"{signature}",
        "other key": encode(names, admin, key=other_key[:40]),
        "tampered payload": f"{header}.{b64(admin)}.{signature}",
        "foreign iss": encode(names, claims(names, iss="https://evil.example")),
        "no iss": encode(names, claims(names, iss=None)),
        "foreign aud": encode(names, claims(names, aud="billing-api")),
        "no aud": encode(names, claims(names, aud=None)),
        "refresh token (typ JWT)": encode(names, claims(names), typ="JWT"),
        "refresh token (typ refresh+jwt)": encode(
            names, claims(names), typ="refresh+jwt"
        ),
        "no typ": encode(names, claims(names), typ=None),
        "missing sub": encode(names, claims(names, sub=None)),
        "numeric sub": encode(names, claims(names, sub=42)),
        "not a JWT": "not-a-jwt",
        "two segments": "abc.def",
        "empty segments": "..",
        "header not JSON": f"{b64(b'{oops')}.{payload}.{signature}",
        "header a JSON list": f"{b64(b'[1]')}.{payload}.{signature}",
    }
    cases = {
        name: (f"Bearer {token}", 401, "invalid_token")
        for name, token in tokens.items()
    }
    cases |= {
        "valid": (f"Bearer {valid}", 200, None),
        "lower-case scheme": (f"bearer {valid}", 200, None),
        "no Authorization header": (None, 401, None),
        "empty Authorization header": ("", 401, None),
        "Basic credentials": ("Basic YWRhOnNlY3JldA==", 401, None),
        "token without a scheme": (valid, 401, None),
        "Bearer without a token": ("Bearer", 400, "invalid_request"),
        "Bearer and a blank": ("Bearer ", 400, "invalid_request"),
        "two tokens": (f"Bearer {valid} {valid}", 400, "invalid_request"),
        "two blanks": (f"Bearer  {valid}", 400, "invalid_request"),
    }
    return cases


def case_ids():
    return [example.section for example in EXAMPLES]


@pytest.mark.parametrize("example", EXAMPLES, ids=case_ids())
def test_every_attack_gets_the_documented_status(examples, example):
    names = examples[example.section]
    client = client_of(names)
    realm = f'Bearer realm="{names["AUDIENCE"]}"'
    failures = []
    for attack, (authorization, status, error) in attacks(names).items():
        headers = {} if authorization is None else {"Authorization": authorization}
        response = client.get(example.path, headers=headers)
        body = response.get_data(as_text=True)
        challenge = response.headers.get("WWW-Authenticate")
        if response.status_code != status:
            failures.append(f"{attack}: status {response.status_code}, want {status}")
            continue
        if status == 200:
            if response.json.get("user") != "ada":
                failures.append(f"{attack}: the view saw {response.json}")
            continue
        want = realm if error is None else f'{realm}, error="{error}"'
        if challenge != want:
            failures.append(f"{attack}: WWW-Authenticate {challenge!r}, want {want!r}")
        if response.json != {"error": error or "token_required"}:
            failures.append(f"{attack}: body {body!r} is not a bare error code")
        if any(word in body for word in LEAKS):
            failures.append(f"{attack}: body {body!r} leaks exception text")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("example", EXAMPLES, ids=case_ids())
def test_cors_preflight_passes_without_running_the_view(examples, example):
    names = examples[example.section]
    response = client_of(names).options(
        example.path,
        headers={
            "Origin": "https://shop.example",
            "Access-Control-Request-Method": "GET",
        },
    )
    assert response.status_code == example.preflight_status
    assert response.get_data() == b"", "a preflight must not reach the view"


@pytest.mark.parametrize("example", EXAMPLES, ids=case_ids())
def test_options_without_preflight_headers_is_not_a_way_in(examples, example):
    """A plain OPTIONS must not yield the protected data either."""
    names = examples[example.section]
    response = client_of(names).options(example.path)
    assert response.status_code in (200, 401)
    assert b"ada" not in response.get_data()


def test_the_middleware_sends_cors_headers_only_to_allowed_origins(examples):
    client = client_of(examples["wsgi-middleware"])
    preflight = {"Access-Control-Request-Method": "GET"}
    allowed = client.options(
        "/reports", headers={"Origin": "https://shop.example"} | preflight
    )
    foreign = client.options(
        "/reports", headers={"Origin": "https://evil.example"} | preflight
    )
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://shop.example"
    assert "Access-Control-Allow-Origin" not in foreign.headers


def test_the_hook_does_not_skip_explicit_options_views(examples):
    """Only Flask's automatic OPTIONS answer skips the token check, never a view."""
    names = examples["before-request"]
    extra = names["Blueprint"]("extra", "extra", url_prefix="/extra")
    extra.before_request(names["require_token"])

    @extra.route("/ping", methods=["OPTIONS"])
    def ping():
        return {"user": "ada"}

    app = names["Flask"]("explicit-options")
    app.register_blueprint(extra)
    response = app.test_client().options("/extra/ping")
    assert response.status_code == 401
    assert b"ada" not in response.get_data()
