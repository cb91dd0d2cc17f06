# /// script
# dependencies = ["django"]
# ///

# --8<-- [start:wsgi-stages]
import io
import textwrap
import wsgiref.util

import django
from django.conf import settings
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import connection, models
from django.http import HttpResponse
from django.template import engines
from django.urls import path

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    MIDDLEWARE=[f"{__name__}.Stages"],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
)
django.setup()


class Book(models.Model):
    title = models.CharField(max_length=100)

    class Meta:
        app_label = "shop"


class Stages:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        print(f"2. middleware, request phase: {request.method} {request.path}")
        response = self.get_response(request)  # resolver, view, templates
        print(f"6. middleware, response phase: {response.status_code}")
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        print(f"3. URL resolver: {match.route!r} -> {match.url_name}, {view_kwargs}")


def show_sql(execute, sql, params, many, context):
    print(
        textwrap.fill(
            f"ORM: {sql} {params}",
            80,
            initial_indent="   ",
            subsequent_indent="        ",
        )
    )
    return execute(sql, params, many, context)


def book_detail(request, pk):
    print(f"4. view: {book_detail.__name__}(request, pk={pk})")
    with connection.execute_wrapper(show_sql):
        book = Book.objects.get(pk=pk)
    template = engines["django"].from_string("<h1>{{ book.title }}</h1>")
    html = template.render({"book": book}, request)
    print(f"5. template rendered: {html}")
    return HttpResponse(html)


urlpatterns = [path("books/<int:pk>/", book_detail, name="book-detail")]

with connection.schema_editor() as editor:
    editor.create_model(Book)
Book.objects.create(title="Fluent Python")


def on_started(sender, environ, **kwargs):
    print(f"1. {sender.__name__}: request_started, PATH_INFO={environ['PATH_INFO']}")


def on_finished(sender, **kwargs):
    print("8. request_finished (the server closed the response)")


request_started.connect(on_started)
request_finished.connect(on_finished)

application = get_wsgi_application()  # a WSGIHandler: the PEP 3333 callable
environ = {"PATH_INFO": "/books/1/", "HTTP_HOST": "testserver"}
wsgiref.util.setup_testing_defaults(environ)  # the rest of a server's environ
environ["wsgi.input"] = io.BytesIO()


def start_response(status, headers):  # what a WSGI server passes in
    print(f"7. start_response({status!r}, {dict(headers)['Content-Type']!r})")


body_parts = application(environ, start_response)
#> 1. WSGIHandler: request_started, PATH_INFO=/books/1/
#> 2. middleware, request phase: GET /books/1/
#> 3. URL resolver: 'books/<int:pk>/' -> book-detail, {'pk': 1}
#> 4. view: book_detail(request, pk=1)
#>    ORM: SELECT "shop_book"."id", "shop_book"."title" FROM "shop_book" WHERE
#>         "shop_book"."id" = %s LIMIT 21 (1,)
#> 5. template rendered: <h1>Fluent Python</h1>
#> 6. middleware, response phase: 200
#> 7. start_response('200 OK', 'text/html; charset=utf-8')
print(b"".join(body_parts))
#> b'<h1>Fluent Python</h1>'
body_parts.close()  # a WSGI server always closes the iterable
#> 8. request_finished (the server closed the response)
# --8<-- [end:wsgi-stages]

# --8<-- [start:resolver]
import django
from django.conf import settings
from django.http import HttpResponse
from django.urls import Resolver404, path, resolve, reverse


def book_list(request):
    return HttpResponse("all books")


def book_detail(request, pk):
    return HttpResponse(f"book {pk}")


urlpatterns = [
    path("books/", book_list, name="book-list"),
    path("books/<int:pk>/", book_detail, name="book-detail"),
]
settings.configure(ROOT_URLCONF=__name__)
django.setup()

match = resolve("/books/42/")  # what the handler does with request.path_info
print(match.func.__name__, match.args, match.kwargs, match.url_name, match.route)
#> book_detail () {'pk': 42} book-detail books/<int:pk>/
print(type(match.kwargs["pk"]).__name__)  # the <int:pk> converter ran
#> int
print(reverse("book-detail", kwargs={"pk": 7}))  # the inverse, by name
#> /books/7/
for url in ["/books/abc/", "/books/42"]:
    try:
        resolve(url)
    except Resolver404:
        print(url, "-> Resolver404")
#> /books/abc/ -> Resolver404
#> /books/42 -> Resolver404
# --8<-- [end:resolver]

# --8<-- [start:test-client]
import django
from django.conf import settings
from django.core.signals import got_request_exception
from django.http import HttpResponse
from django.test import Client
from django.urls import path


def boom(request):
    raise RuntimeError("bug in the view")


def hello(request):
    return HttpResponse(f"hello, {request.GET.get('name', 'world')}")


urlpatterns = [path("hello/", hello, name="hello"), path("boom/", boom)]
settings.configure(
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    MIDDLEWARE=["django.middleware.common.CommonMiddleware"],  # as in a new project
)
django.setup()


def report(sender, request, **kwargs):  # error trackers hook in here
    print("got_request_exception:", request.path)


got_request_exception.connect(report)
client = Client(raise_request_exception=False)  # behave as a server would
response = client.get("/hello/", {"name": "Ada"})
print(response.status_code, response.content, response.resolver_match.url_name)
#> 200 b'hello, Ada' hello
print(client.get("/missing/").status_code)  # no URL pattern matched
#> 404
response = client.get("/hello")  # no match, but "/hello/" would match
print(response.status_code, response["Location"])  # APPEND_SLASH (CommonMiddleware)
#> 301 /hello/
# A Host header that ALLOWED_HOSTS does not list: request.get_host() refuses it.
print(client.get("/hello/", headers={"host": "evil.example"}).status_code)
#> 400
print(client.get("/boom/").status_code)  # the exception became a response
#> got_request_exception: /boom/
#> 500
# --8<-- [end:test-client]

# --8<-- [start:explicit-request]
import django
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory

settings.configure()
django.setup()


def greeting(request):  # a helper that needs the request gets it as an argument
    return f"hello, {request.GET.get('name', 'world')}"


def hello(request):  # every Django view receives the request first
    return HttpResponse(greeting(request))


request = RequestFactory().get("/hello/", {"name": "Ada"})  # no server, no context
print(type(request).__name__, request.path, dict(request.GET))
#> WSGIRequest /hello/ {'name': ['Ada']}
response = hello(request)  # a plain function call
print(response.status_code, response.content)
#> 200 b'hello, Ada'
# --8<-- [end:explicit-request]
