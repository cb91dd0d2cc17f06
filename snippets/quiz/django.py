# /// script
# dependencies = ["django"]
# ///

# Quiz: Django (hooks/quiz.py renders it on django.md). Each question is a complete
# program: Django configured in memory, with SQLite.

# quiz:
#   tests: django-orm-sql
#   wrong: ["2", "1", "0"]
#   why: >-
#     A QuerySet method never changes the QuerySet it is called on: `filter` returns a
#     new one, which this code throws away, so `books` still means every book.
# --8<-- [start:filter-is-new]
import django
from django.apps import AppConfig
from django.conf import settings


class ShopConfig(AppConfig):  # this script is the "shop" app
    name, label, path = __name__, "shop", "."


settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=[f"{__name__}.{ShopConfig.__name__}"],
)
django.setup()

from django.db import connection, models


class Book(models.Model):
    title = models.CharField(max_length=100)


with connection.schema_editor() as editor:
    editor.create_model(Book)
for title in ["Dune", "Emma", "Dracula"]:
    Book.objects.create(title=title)

books = Book.objects.all()
books.filter(title__startswith="D")
print(books.count())
#> 3
# --8<-- [end:filter-is-new]

# quiz:
#   tests: django-orm-sql
#   wrong: ["1 2 2", "0 2 2", "0 3 2"]
#   why: >-
#     Building a QuerySet runs no SQL. The first iteration runs one query and fills the
#     QuerySet's cache; the second iteration and `count()` are answered from it.
# --8<-- [start:lazy-and-cached]
import django
from django.apps import AppConfig
from django.conf import settings


class ShopConfig(AppConfig):  # this script is the "shop" app
    name, label, path = __name__, "shop", "."


settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=[f"{__name__}.{ShopConfig.__name__}"],
)
django.setup()

from django.db import connection, models
from django.test.utils import CaptureQueriesContext


class Book(models.Model):
    title = models.CharField(max_length=100)


with connection.schema_editor() as editor:
    editor.create_model(Book)
for title in ["Dune", "Emma", "Dracula"]:
    Book.objects.create(title=title)

with CaptureQueriesContext(connection) as queries:
    books = Book.objects.filter(title__startswith="D")
    before = len(queries)
    titles = [book.title for book in books]
    again = [book.title for book in books]
    total = books.count()
print(before, len(queries), total)
#> 0 1 2
# --8<-- [end:lazy-and-cached]

# quiz:
#   tests: django-slow-queries
#   wrong: ["1 1", "4 4", "2 1"]
#   why: >-
#     Without `select_related` each `book.author` is a query of its own (N+1: one for
#     the books, one per book); `select_related` fetches the authors in the same
#     query with a JOIN.
# --8<-- [start:n-plus-one]
import django
from django.apps import AppConfig
from django.conf import settings


class ShopConfig(AppConfig):  # this script is the "shop" app
    name, label, path = __name__, "shop", "."


settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=[f"{__name__}.{ShopConfig.__name__}"],
)
django.setup()

from django.db import connection, models
from django.test.utils import CaptureQueriesContext


class Author(models.Model):
    name = models.CharField(max_length=50)


class Book(models.Model):
    title = models.CharField(max_length=100)
    author = models.ForeignKey(Author, models.CASCADE)


with connection.schema_editor() as editor:
    editor.create_model(Author)
    editor.create_model(Book)
for name in ["Ada", "Grace", "Guido"]:
    Book.objects.create(title="Notes", author=Author.objects.create(name=name))

with CaptureQueriesContext(connection) as plain:
    names = [book.author.name for book in Book.objects.all()]
with CaptureQueriesContext(connection) as joined:
    names = [book.author.name for book in Book.objects.select_related("author")]
print(len(plain), len(joined))
#> 4 1
# --8<-- [end:n-plus-one]

# quiz:
#   tests: django-middleware-order
#   wrong:
#     - "A in\nB in\nview\nA out\nB out"
#     - "B in\nA in\nview\nA out\nB out"
#     - "A in\nA out\nB in\nB out\nview"
#   why: >-
#     Middleware wraps the view like the layers of an onion: requests go through
#     `MIDDLEWARE` top to bottom, responses come back bottom to top.
# --8<-- [start:onion]
import django
from django.conf import settings
from django.http import HttpResponse
from django.test import Client
from django.urls import path


class Layer:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        print(type(self).__name__, "in")
        response = self.get_response(request)
        print(type(self).__name__, "out")
        return response


class A(Layer):
    pass


class B(Layer):
    pass


def index(request):
    print("view")
    return HttpResponse("ok")


urlpatterns = [path("", index)]
settings.configure(
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    MIDDLEWARE=[f"{__name__}.A", f"{__name__}.B"],
)
django.setup()

response = Client().get("/")
#> A in
#> B in
#> view
#> B out
#> A out
# --8<-- [end:onion]

# quiz:
#   tests: django-request-lifecycle
#   wrong: ["detail {'pk': '7'}", "by_slug {'slug': '7'}", "by_slug {'pk': 7}"]
#   why: >-
#     The resolver tries the patterns in order and stops at the first match; the
#     `int` converter turns the text `7` into the integer the view receives.
# --8<-- [start:resolver]
import django
from django.conf import settings
from django.urls import path, resolve


def detail(request, pk):
    pass


def by_slug(request, slug):
    pass


urlpatterns = [
    path("books/<int:pk>/", detail),
    path("books/<slug:slug>/", by_slug),
]
settings.configure(ROOT_URLCONF=__name__)
django.setup()

match = resolve("/books/7/")
print(match.func.__name__, match.kwargs)
#> detail {'pk': 7}
# --8<-- [end:resolver]
