"""agentkit's modules depend on one another in one direction: its import graph has no cycle.

So the package stays layered — config and errors at the bottom, then the local platform, models and tools,
memory, guardrails and sql, the agent patterns and the notebook views on top — and a module can be read
(and imported) without the ones above it. The graph is read from the source with `ast`, and every import
counts: at module level, under `if TYPE_CHECKING:` and inside a function alike. A deferred or
annotation-only import still ties two modules together; moving it into a function hides a cycle without
breaking it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "agentkit"


def modules(root: Path) -> dict[str, Path]:
    """Dotted module name → file, for every .py file under the package directory `root`."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def import_graph(root: Path) -> dict[str, dict[str, int]]:
    """For each module, the package's modules it imports, with the line of the first such import.

    `from a.b import c` counts as importing `a.b.c` when that is a module, else `a.b`; an import of one
    of the module's own parent packages does not count (Python has run them before the module itself).
    """
    mods = modules(root)
    graph: dict[str, dict[str, int]] = {name: {} for name in mods}
    for name, path in mods.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package[: len(package) - (node.level - 1)]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                targets = [source] + [f"{source}.{alias.name}" for alias in node.names]
            else:
                continue
            for target in targets:
                while target and target not in mods:
                    target = target.rpartition(".")[0]
                if target and target != name and not name.startswith(target + "."):
                    graph[name].setdefault(target, node.lineno)
    return graph


def cyclic_groups(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The groups of modules that all reach one another through imports (two or more modules each)."""
    groups = []
    seen: set[str] = set()
    back = _reversed(graph)
    for start in sorted(graph):
        if start not in seen:
            group = _reachable(graph, start) & _reachable(back, start)
            seen |= group
            if len(group) > 1:
                groups.append(sorted(group))
    return groups


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """For each cyclic group, the shortest cycle through its first module, as [a, b, …, a]."""
    return [_shortest_cycle(graph, group[0], set(group)) for group in cyclic_groups(graph)]


def _reachable(graph: dict[str, dict[str, int]], start: str) -> set[str]:
    reached, todo = {start}, [start]
    while todo:
        for target in graph[todo.pop()]:
            if target not in reached:
                reached.add(target)
                todo.append(target)
    return reached


def _reversed(graph: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    back: dict[str, dict[str, int]] = {name: {} for name in graph}
    for source, targets in graph.items():
        for target, line in targets.items():
            back[target][source] = line
    return back


def _shortest_cycle(graph: dict[str, dict[str, int]], start: str, group: set[str]) -> list[str]:
    """Breadth-first from `start` inside `group` until an edge leads back to it."""
    parent: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for target in sorted(graph[node]):
                if target == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(parent[path[-1]])
                    return [start, *reversed(path[:-1]), start]
                if target in group and target not in parent and target != start:
                    parent[target] = node
                    following.append(target)
        frontier = following
    raise AssertionError(f"{start} is in a strongly connected group but no cycle leads back to it")


def describe(group: list[str], graph: dict[str, dict[str, int]], root: Path) -> str:
    """The group, then one cycle in it with the file and line of each import."""
    mods = modules(root)
    cycle = _shortest_cycle(graph, group[0], set(group))
    steps = [
        f"  {a} imports {b} ({mods[a].relative_to(root.parent)}:{graph[a][b]})"
        for a, b in zip(cycle, cycle[1:], strict=False)
    ]
    return f"import cycle: {' ↔ '.join(group)}, e.g. {' → '.join(cycle)}:\n" + "\n".join(steps)


def test_agentkit_has_no_import_cycle() -> None:
    graph = import_graph(PACKAGE)
    assert len(graph) > 50, f"expected agentkit's modules under {PACKAGE}, found {len(graph)}"
    groups = cyclic_groups(graph)
    assert not groups, "\n".join(describe(group, graph, PACKAGE) for group in groups)


def _package(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root / "pkg"


def test_type_checking_and_function_level_imports_close_a_cycle(tmp_path: Path) -> None:
    package = _package(
        tmp_path,
        {
            "__init__.py": "from pkg.a import A\n",
            "a.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.sub import b\nA = 1\n",
            "sub/__init__.py": "",
            "sub/b.py": "def f():\n    from ..c import C\n    return C\n",
            "c.py": "import pkg.a\nC = 2\n",
            "d.py": "from pkg import a, c\n",
        },
    )
    graph = import_graph(package)
    assert graph["pkg.a"] == {"pkg.sub": 3, "pkg.sub.b": 3}  # the package `sub` runs too
    assert graph["pkg.sub.b"] == {"pkg.c": 2}  # relative import resolved
    assert graph["pkg.d"] == {"pkg.a": 1, "pkg.c": 1}  # `from pkg import a` is the module pkg.a
    assert graph["pkg.sub"] == {} and "pkg" not in graph["pkg.a"]  # parent packages do not count
    assert cyclic_groups(graph) == [["pkg.a", "pkg.c", "pkg.sub.b"]]
    assert cycles(graph) == [["pkg.a", "pkg.sub.b", "pkg.c", "pkg.a"]]
    message = describe(cyclic_groups(graph)[0], graph, package)
    assert message.startswith(
        "import cycle: pkg.a ↔ pkg.c ↔ pkg.sub.b, e.g. pkg.a → pkg.sub.b → pkg.c → pkg.a:"
    )
    assert f"pkg.sub.b imports pkg.c ({Path('pkg/sub/b.py')}:2)" in message


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"__init__.py": "", "a.py": "import pkg.b\n", "b.py": "X = 1\n"}, []),
        (
            {"__init__.py": "", "a.py": "from . import b\n", "b.py": "from .a import *\n"},
            [["pkg.a", "pkg.b", "pkg.a"]],
        ),
    ],
)
def test_one_direction_is_not_a_cycle_and_two_are(tmp_path: Path, files: dict, expected: list) -> None:
    assert cycles(import_graph(_package(tmp_path, files))) == expected


LAYERS = [
    ("the local platform", ["agentkit.local"]),
    ("models and tools", ["agentkit.models", "agentkit.tools"]),
    ("memory, guardrails and sql", ["agentkit.memory", "agentkit.guardrails", "agentkit.sql"]),
    # The ready-made tools compose the layer under them (query_database vets and runs SQL with agentkit.sql),
    # and the MCP server serves them.
    ("the built-in tools", ["agentkit.tools.builtin", "agentkit.tools.mcp_server"]),
    ("the agent patterns", ["agentkit.patterns"]),
    ("workflows", ["agentkit.workflows"]),
    ("the service", ["agentkit.service"]),
]
"""The package's layers from the bottom up (config, errors and the shop's data sit under all of them). A
module's layer is the one whose package is the longest prefix of its name."""


def layer_of(module: str) -> int | None:
    matches = [
        (len(package), index)
        for index, (_, packages) in enumerate(LAYERS)
        for package in packages
        if module == package or module.startswith(package + ".")
    ]
    return max(matches)[1] if matches else None


def test_each_layer_imports_only_the_layers_below_it() -> None:
    graph = import_graph(PACKAGE)
    upward = [
        f"{source} ({LAYERS[layer_of(source)][0]}) imports {target} ({LAYERS[layer_of(target)][0]}), line {line}"
        for source, targets in sorted(graph.items())
        for target, line in targets.items()
        if layer_of(source) is not None
        and layer_of(target) is not None
        and layer_of(target) > layer_of(source)
    ]
    assert not upward, "imports that run up the layers:\n" + "\n".join(upward)
