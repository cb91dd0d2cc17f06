# /// script
# dependencies = ["django"]
# ///

# --8<-- [start:onion]
import django
from django.conf import settings
from django.http import HttpResponse
from django.test import Client
from django.urls import path


class Logged:
    """New-style middleware: built once with the next layer, called per request."""

    def __init__(self, get_response):
        self.get_response = get_response  # the next middleware, or the view
        print(f"{type(self).__name__}.__init__")

    def __call__(self, request):
        name = type(self).__name__
        print(f"{name}: request phase")
        response = self.get_response(request)  # everything below runs here
        print(f"{name}: response phase")
        return response


class First(Logged):
    pass


class Second(Logged):
    pass


class Third(Logged):
    pass


def index(request):
    print("view")
    return HttpResponse("ok")


urlpatterns = [path("", index)]
settings.configure(
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    MIDDLEWARE=[f"{__name__}.First", f"{__name__}.Second", f"{__name__}.Third"],
)
django.setup()

client = Client()
response = client.get("/")  # the first request builds the chain: inside out
#> Third.__init__
#> Second.__init__
#> First.__init__
#> First: request phase
#> Second: request phase
#> Third: request phase
#> view
#> Third: response phase
#> Second: response phase
#> First: response phase
print(response.status_code, response.content)
#> 200 b'ok'
print("--- second request ---")
#> --- second request ---
response = client.get("/")
#> First: request phase
#> Second: request phase
#> Third: request phase
#> view
#> Third: response phase
#> Second: response phase
#> First: response phase
# --8<-- [end:onion]

# --8<-- [start:short-circuit]
import django
from django.conf import settings
from django.http import HttpResponse
from django.test import Client
from django.urls import path


class Outer:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        print("Outer: request phase")
        response = self.get_response(request)
        print("Outer: response phase, status", response.status_code)
        response["X-Outer"] = "seen"
        return response


class Maintenance:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.headers.get("X-Admin") != "yes":
            print("Maintenance: answering 503 itself")
            return HttpResponse("down for maintenance", status=503)
        return self.get_response(request)


class Inner:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        print("Inner: request phase")
        return self.get_response(request)


def index(request):
    print("view")
    return HttpResponse("ok")


urlpatterns = [path("", index)]
settings.configure(
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    MIDDLEWARE=[f"{__name__}.{name}" for name in ("Outer", "Maintenance", "Inner")],
)
django.setup()

client = Client()
response = client.get("/")
#> Outer: request phase
#> Maintenance: answering 503 itself
#> Outer: response phase, status 503
print(response.status_code, response["X-Outer"], response.content)
#> 503 seen b'down for maintenance'
response = client.get("/", headers={"X-Admin": "yes"})
#> Outer: request phase
#> Inner: request phase
#> view
#> Outer: response phase, status 200
print(response.status_code, response["X-Outer"], response.content)
#> 200 seen b'ok'
# --8<-- [end:short-circuit]

# --8<-- [start:hooks]
import django
from django.conf import settings
from django.http import HttpResponse
from django.test import Client
from django.urls import path


class Hooked:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        print(f"{self.name}: request phase")
        response = self.get_response(request)
        print(f"{self.name}: response phase")
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Called after URL resolution, just before the view; None = carry on.
        print(f"{self.name}: process_view({view_func.__name__}, {view_kwargs})")

    def process_exception(self, request, exception):
        # Called, bottom to top, only when the view raises; a response stops it.
        print(f"{self.name}: process_exception({exception!r})")
        if self.name == "A":
            return HttpResponse("handled by A", status=409)
        return None


class A(Hooked):
    name = "A"


class B(Hooked):
    name = "B"


def order(request, pk):
    print("view")
    raise ValueError(f"order {pk} is locked")


urlpatterns = [path("orders/<int:pk>/", order)]
settings.configure(
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    MIDDLEWARE=[f"{__name__}.A", f"{__name__}.B"],
)
django.setup()

response = Client().get("/orders/7/")
#> A: request phase
#> B: request phase
#> A: process_view(order, {'pk': 7})
#> B: process_view(order, {'pk': 7})
#> view
#> B: process_exception(ValueError('order 7 is locked'))
#> A: process_exception(ValueError('order 7 is locked'))
#> B: response phase
#> A: response phase
print(response.status_code, response.content)
#> 409 b'handled by A'
# --8<-- [end:hooks]

# --8<-- [start:order-broken]
import django
from django.conf import settings
from django.core.checks import run_checks
from django.http import HttpResponse
from django.test import Client
from django.urls import path


def whoami(request):
    return HttpResponse(f"anonymous: {request.user.is_anonymous}")


urlpatterns = [path("", whoami)]
settings.configure(
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    INSTALLED_APPS=["django.contrib.auth", "django.contrib.contenttypes"],
    MIDDLEWARE=[
        "django.contrib.auth.middleware.AuthenticationMiddleware",  # needs a session
        "django.contrib.sessions.middleware.SessionMiddleware",  # ...set only here
    ],
)
django.setup()

print("system checks:", run_checks())  # startup finds nothing wrong
#> system checks: []
response = Client(raise_request_exception=False).get("/")
print(response.status_code, response.exc_info[0].__name__)  # on every request
#> 500 ImproperlyConfigured
# --8<-- [end:order-broken]

# --8<-- [start:order-fixed]
import django
from django.conf import settings
from django.core.checks import run_checks
from django.http import HttpResponse
from django.test import Client
from django.urls import path


def whoami(request):
    return HttpResponse(f"anonymous: {request.user.is_anonymous}")


urlpatterns = [path("", whoami)]
settings.configure(
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    INSTALLED_APPS=["django.contrib.auth", "django.contrib.contenttypes"],
    MIDDLEWARE=[
        "django.contrib.sessions.middleware.SessionMiddleware",  # sets request.session
        "django.contrib.auth.middleware.AuthenticationMiddleware",  # reads it
    ],
)
django.setup()

print("system checks:", run_checks())
#> system checks: []
response = Client(raise_request_exception=False).get("/")
print(response.status_code, response.content)
#> 200 b'anonymous: True'
# --8<-- [end:order-fixed]
