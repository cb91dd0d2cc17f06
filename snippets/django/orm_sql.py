# /// script
# dependencies = ["django"]
# ///

# --8<-- [start:lazy]
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


class Book(models.Model):
    title = models.CharField(max_length=100)
    price = models.DecimalField(max_digits=6, decimal_places=2)


with connection.schema_editor() as editor:
    editor.create_model(Book)
Book.objects.create(title="Fluent Python", price=45)
Book.objects.create(title="Python Tricks", price=25)

with CaptureQueriesContext(connection) as ctx:
    cheap = Book.objects.filter(price__lt=30)  # builds a Query object...
    cheap = cheap.exclude(title__startswith="Java").order_by("title")  # ...and another
print(len(ctx.captured_queries), "queries so far")
#> 0 queries so far
# The SQL Django would send, with the values pasted in unquoted, for reading only:
print(sqlparse.format(str(cheap.query), reindent=True, wrap_after=60))
#> SELECT "shop_book"."id", "shop_book"."title", "shop_book"."price"
#> FROM "shop_book"
#> WHERE ("shop_book"."price" < 30
#>        AND NOT ("shop_book"."title" LIKE Java% ESCAPE '\'))
#> ORDER BY "shop_book"."title" ASC
sql, params = cheap.query.sql_with_params()  # what really goes to the driver
print(params)
#> (Decimal('30'), 'Java%')
with CaptureQueriesContext(connection) as ctx:
    print([book.title for book in cheap])  # iteration runs it
#> ['Python Tricks']
print(len(ctx.captured_queries), "query")
#> 1 query
# --8<-- [end:lazy]

# --8<-- [start:when-it-runs]
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
Book.objects.bulk_create(Book(title=f"Book {n}") for n in range(30))

actions = {
    "define": lambda qs: qs.filter(title__contains="1"),
    "slice [5:10]": lambda qs: qs[5:10],  # still lazy: adds LIMIT/OFFSET
    "str(qs.query)": lambda qs: str(qs.query),
    "for ... in": lambda qs: [book for book in qs],
    "list()": list,
    "len()": len,
    "bool()": bool,
    "repr()": repr,  # fetches at most 21 rows to show 20
    "slice [::2]": lambda qs: qs[::2],  # a step forces evaluation
    "qs[0]": lambda qs: qs[0],  # LIMIT 1
    ".count()": lambda qs: qs.count(),  # SELECT COUNT(*)
    ".exists()": lambda qs: qs.exists(),  # SELECT 1 ... LIMIT 1
}
print("queries  action")
#> queries  action
for label, action in actions.items():
    with CaptureQueriesContext(connection) as ctx:
        action(Book.objects.all())  # a fresh, unevaluated queryset each time
    print(f"{len(ctx.captured_queries):7}  {label}")
#>       0  define
#>       0  slice [5:10]
#>       0  str(qs.query)
#>       1  for ... in
#>       1  list()
#>       1  len()
#>       1  bool()
#>       1  repr()
#>       1  slice [::2]
#>       1  qs[0]
#>       1  .count()
#>       1  .exists()
# --8<-- [end:when-it-runs]

# --8<-- [start:caching]
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
Book.objects.bulk_create(Book(title=f"Book {n}") for n in range(5))


def count(label, action):
    with CaptureQueriesContext(connection) as ctx:
        action()
    print(f"{len(ctx.captured_queries)} | {label}")


books = Book.objects.all()
count("index an unevaluated queryset twice", lambda: (books[0], books[0]))
#> 2 | index an unevaluated queryset twice
count("evaluate, then iterate and index", lambda: (list(books), list(books), books[0]))
#> 1 | evaluate, then iterate and index
count("a new chain ignores the cache", lambda: books.filter(id__gt=2).count())
#> 1 | a new chain ignores the cache
count("count() and exists() after evaluation", lambda: (books.count(), books.exists()))
#> 0 | count() and exists() after evaluation
count(".all() copies without the cache", lambda: list(books.all()))
#> 1 | .all() copies without the cache
count(
    "iterate .iterator() twice",
    lambda: (list(books.iterator()), list(books.iterator())),
)
#> 2 | iterate .iterator() twice
print(books._result_cache is not None)  # the cache list() filled in earlier
#> True
fresh = Book.objects.all()
list(fresh.iterator(chunk_size=2))  # streams rows; fills no cache
print(fresh._result_cache)
#> None
# --8<-- [end:caching]

# --8<-- [start:translation]
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
from django.db.models import Count, F, Q
from django.test.utils import CaptureQueriesContext


class Author(models.Model):
    name = models.CharField(max_length=50)


class Book(models.Model):
    title = models.CharField(max_length=100)
    qty = models.IntegerField(default=0)  # copies in stock
    author = models.ForeignKey(Author, models.CASCADE, related_name="books")


def show(queryset):
    print(sqlparse.format(str(queryset.query), reindent=True, wrap_after=60))


show(Book.objects.filter(Q(title__icontains="django") | Q(author__name="Ada")))
#> SELECT "shop_book"."id", "shop_book"."title", "shop_book"."qty",
#>        "shop_book"."author_id"
#> FROM "shop_book"
#> INNER JOIN "shop_author" ON ("shop_book"."author_id" = "shop_author"."id")
#> WHERE ("shop_book"."title" LIKE %django% ESCAPE '\'
#>        OR "shop_author"."name" = Ada)
show(Author.objects.annotate(n=Count("books")).filter(n__gt=1))
#> SELECT "shop_author"."id", "shop_author"."name", COUNT("shop_book"."id") AS "n"
#> FROM "shop_author"
#> LEFT OUTER JOIN "shop_book" ON ("shop_author"."id" = "shop_book"."author_id")
#> GROUP BY "shop_author"."id", "shop_author"."name"
#> HAVING COUNT("shop_book"."id") > 1

with connection.schema_editor() as editor:
    editor.create_model(Author)
    editor.create_model(Book)
with CaptureQueriesContext(connection) as ctx:
    Book.objects.filter(qty__gt=0).update(qty=F("qty") - 1)  # runs at once
print(ctx.captured_queries[0]["sql"])
#> UPDATE "shop_book" SET "qty" = ("shop_book"."qty" - 1) WHERE "shop_book"."qty" > 0
# --8<-- [end:translation]
