"""Northwind Outfitters, the fictional outdoor gear retailer whose data the lessons work on.

- `catalogue`: the 48 products, one list shared by the sales database and the inventory API;
- `database`: the generated sales database in SQLite (regions, products, customers, sales), the same
  for every learner and every CI run.

Data only: the tools that read it are `agentkit.sql` (the checked text-to-SQL tools) and
`agentkit.tools.builtin.query_database`, both on top of this package.
"""

from agentkit.retail.catalogue import PRODUCTS, Product
from agentkit.retail.database import TABLES, connect_readonly, database_path, database_schema, ensure_database

__all__ = [
    "PRODUCTS",
    "TABLES",
    "Product",
    "connect_readonly",
    "database_path",
    "database_schema",
    "ensure_database",
]
