# /// script
# dependencies = ["django"]
# ///

# --8<-- [start:n-plus-one]
import django
import sqlparse  # Django's own dependency, used here to lay out SQL
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
    author = models.ForeignKey(Author, models.CASCADE, related_name="books")


with connection.schema_editor() as editor:
    editor.create_model(Author)
    editor.create_model(Book)
for name in ["Ada", "Grace", "Linus", "Guido", "Barbara"]:
    author = Author.objects.create(name=name)
    Book.objects.create(title=f"{name}'s first book", author=author)
    Book.objects.create(title=f"{name}'s second book", author=author)

with CaptureQueriesContext(connection) as ctx:
    # 1 query for the books, then 1 more per book when .author is first used
    names = [book.author.name for book in Book.objects.all()]
print("without select_related:", len(ctx.captured_queries), "queries")
#> without select_related: 11 queries
print(sqlparse.format(ctx.captured_queries[1]["sql"], reindent=True, wrap_after=60))
#> SELECT "shop_author"."id", "shop_author"."name"
#> FROM "shop_author"
#> WHERE "shop_author"."id" = 1
#> LIMIT 21

with CaptureQueriesContext(connection) as ctx:
    names = [book.author.name for book in Book.objects.select_related("author")]
print("with select_related:", len(ctx.captured_queries), "query")
#> with select_related: 1 query
print(sqlparse.format(ctx.captured_queries[0]["sql"], reindent=True, wrap_after=60))
#> SELECT "shop_book"."id", "shop_book"."title", "shop_book"."author_id",
#>        "shop_author"."id", "shop_author"."name"
#> FROM "shop_book"
#> INNER JOIN "shop_author" ON ("shop_book"."author_id" = "shop_author"."id")

# No identity map: each row builds its own objects, even for the same database row.
first, second = Book.objects.select_related("author").order_by("id")[:2]
print(first.author == second.author, first.author is second.author)
#> True False
# --8<-- [end:n-plus-one]

# --8<-- [start:prefetch]
import django
import sqlparse  # Django's own dependency, used here to lay out SQL
from django.apps import AppConfig
from django.conf import settings


class ShopConfig(AppConfig):  # this script is the "shop" app
    name, label, path = __name__, "shop", "."


settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=[f"{__name__}.{ShopConfig.__name__}"],
)
django.setup()

from django.core.exceptions import FieldError
from django.db import connection, models
from django.db.models import Prefetch
from django.test.utils import CaptureQueriesContext


class Tag(models.Model):
    name = models.CharField(max_length=20)


class Author(models.Model):
    name = models.CharField(max_length=50)


class Book(models.Model):
    title = models.CharField(max_length=100)
    author = models.ForeignKey(Author, models.CASCADE, related_name="books")
    tags = models.ManyToManyField(Tag)


with connection.schema_editor() as editor:
    for model in [Tag, Author, Book]:
        editor.create_model(model)  # also creates the hidden M2M table
python, sql = Tag.objects.create(name="python"), Tag.objects.create(name="sql")
for name in ["Ada", "Grace", "Linus"]:
    author = Author.objects.create(name=name)
    for n in range(3):
        Book.objects.create(title=f"{name} {n}", author=author).tags.add(python, sql)


def count(label, run):
    with CaptureQueriesContext(connection) as ctx:
        run()
    print(f"{label}: {len(ctx.captured_queries)} queries")
    return ctx.captured_queries


def titles(authors):
    return [[book.title for book in author.books.all()] for author in authors]


def tag_names(books):
    return [[tag.name for tag in book.tags.all()] for book in books]


try:  # a JOIN cannot return "many" rows per author: select_related refuses
    list(Author.objects.select_related("books"))
except FieldError as e:
    print(type(e).__name__, str(e).split(".")[0])
#> FieldError Invalid field name(s) given in select_related: 'books'
count("reverse FK, plain", lambda: titles(Author.objects.all()))
#> reverse FK, plain: 4 queries
queries = count(
    "reverse FK, prefetched", lambda: titles(Author.objects.prefetch_related("books"))
)
#> reverse FK, prefetched: 2 queries
print(sqlparse.format(queries[1]["sql"], reindent=True, wrap_after=60))
#> SELECT "shop_book"."id", "shop_book"."title", "shop_book"."author_id"
#> FROM "shop_book"
#> WHERE "shop_book"."author_id" IN (1, 2, 3)
count("M2M, plain", lambda: tag_names(Book.objects.all()))
#> M2M, plain: 10 queries
queries = count(
    "M2M, prefetched", lambda: tag_names(Book.objects.prefetch_related("tags"))
)
#> M2M, prefetched: 2 queries
m2m_sql = sqlparse.format(queries[1]["sql"], reindent=True, wrap_after=70)
print(*m2m_sql.splitlines()[1:], sep="\n")  # past SELECT: a JOIN through the M2M table
#> FROM "shop_tag"
#> INNER JOIN "shop_book_tags" ON ("shop_tag"."id" = "shop_book_tags"."tag_id")
#> WHERE "shop_book_tags"."book_id" IN (1, 2, 3, 4, 5, 6, 7, 8, 9)

# A sliced Prefetch needs to_attr: it stores a list, not a related manager.
latest = Prefetch("books", Book.objects.order_by("-id")[:1], to_attr="latest")
count(
    "Prefetch, newest book only",
    lambda: print([a.latest[0].title for a in Author.objects.prefetch_related(latest)]),
)
#> ['Ada 2', 'Grace 2', 'Linus 2']
#> Prefetch, newest book only: 2 queries
count(  # count(), exists() and len() on .all() use the prefetched rows too
    "prefetched, then count/exists/len",
    lambda: [
        (a.books.count(), a.books.exists(), len(a.books.all()))
        for a in Author.objects.prefetch_related("books")
    ],
)
#> prefetched, then count/exists/len: 2 queries
count(  # the trap: a new query method on the manager skips the prefetched cache
    "prefetched, then .filter() per author",
    lambda: [
        list(author.books.filter(title__endswith="2"))
        for author in Author.objects.prefetch_related("books")
    ],
)
#> prefetched, then .filter() per author: 5 queries
# --8<-- [end:prefetch]

# --8<-- [start:only-defer]
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


class Article(models.Model):
    title = models.CharField(max_length=100)
    body = models.TextField()  # large: you rarely want it in a list view


with connection.schema_editor() as editor:
    editor.create_model(Article)
Article.objects.bulk_create(
    Article(title=f"Post {n}", body="lorem ipsum " * 10_000) for n in range(5)
)

titles_only = Article.objects.only("title")  # same as .defer("body") here
print(titles_only.query)
#> SELECT "shop_article"."id", "shop_article"."title" FROM "shop_article"
with CaptureQueriesContext(connection) as ctx:
    print([article.title for article in titles_only])
#> ['Post 0', 'Post 1', 'Post 2', 'Post 3', 'Post 4']
print(len(ctx.captured_queries), "query")
#> 1 query

with CaptureQueriesContext(connection) as ctx:
    sizes = [len(article.body) for article in titles_only]  # deferred: fetched later
print(len(ctx.captured_queries), "queries: each .body loads on first use")
#> 5 queries: each .body loads on first use
print(Article.objects.defer("body").first().get_deferred_fields())
#> {'body'}
print(list(Article.objects.values_list("title", flat=True)[:2]))  # plain tuples/values
#> ['Post 0', 'Post 1']
# --8<-- [end:only-defer]

# --8<-- [start:indexes-explain]
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


class Order(models.Model):
    customer = models.CharField(max_length=50)  # no index yet
    sku = models.CharField(max_length=20, db_index=True)  # a one-column index
    created = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(fields=["customer", "-created"], name="customer_recent")
        ]


def plan(queryset):
    # SQLite's rows read "id parent notused detail"; the ids vary between versions.
    return [row.split(" ", 3)[3] for row in queryset.explain().splitlines()]


with connection.schema_editor() as editor:
    editor.create_model(Order)
print(plan(Order.objects.filter(sku="A-1")))
#> ['SEARCH shop_order USING INDEX shop_order_sku_c82b3044 (sku=?)']
print(plan(Order.objects.filter(customer="ada").order_by("-created")))
#> ['SEARCH shop_order USING INDEX customer_recent (customer=?)']
with connection.schema_editor() as editor:  # what a migration would do
    editor.remove_index(Order, Order._meta.indexes[0])
print(plan(Order.objects.filter(customer="ada").order_by("-created")))
#> ['SCAN shop_order', 'USE TEMP B-TREE FOR ORDER BY']
# --8<-- [end:indexes-explain]

# --8<-- [start:assert-num-queries]
import io
import unittest

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
from django.test import TestCase


class Author(models.Model):
    name = models.CharField(max_length=50)


class Book(models.Model):
    title = models.CharField(max_length=100)
    author = models.ForeignKey(Author, models.CASCADE)


with connection.schema_editor() as editor:
    editor.create_model(Author)
    editor.create_model(Book)


def book_rows(queryset):  # the code under test, e.g. a list view's body
    return [f"{book.title} by {book.author.name}" for book in queryset]


class BookListQueries(TestCase):
    @classmethod
    def setUpTestData(cls):  # runs once, inside a transaction rolled back at the end
        for name in ["Ada", "Grace", "Linus"]:
            Book.objects.create(title=name, author=Author.objects.create(name=name))

    def test_select_related(self):
        with self.assertNumQueries(1):
            book_rows(Book.objects.select_related("author"))

    def test_plain(self):
        with self.assertNumQueries(1):
            book_rows(Book.objects.all())


suite = unittest.defaultTestLoader.loadTestsFromTestCase(BookListQueries)
result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
print("ran", result.testsRun, "tests, failures:", len(result.failures))
#> ran 2 tests, failures: 1
for test, report in result.failures:
    lines = report.splitlines()
    failure = next(
        n for n, line in enumerate(lines) if line.startswith("AssertionError")
    )
    print(test._testMethodName, lines[failure], sep="\n")  # then lists each query
#> test_plain
#> AssertionError: 4 != 1 : 4 queries executed, 1 expected
print(Book.objects.count())  # setUpTestData's rows were rolled back
#> 0
# --8<-- [end:assert-num-queries]
