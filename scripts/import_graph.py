"""Print the project's import graph between its apps, the cycles in it, imports inside functions, and
lines of code per app.

    python scripts/import_graph.py            # the report
    python scripts/import_graph.py --json     # the same, as JSON (tests/test_architecture.py reads it)

It reads the source with `ast`, so it needs neither Django nor a database.
"""

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".venv", "tests", "scripts", "deploy", "locale", "static", "templates", "staticfiles", "node_modules"}


def apps():
    return sorted(
        path.name
        for path in ROOT.iterdir()
        if path.is_dir() and path.name not in SKIP and not path.name.startswith(".") and (path / "__init__.py").exists()
    )


def sources(app):
    for path in sorted((ROOT / app).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        yield path


def imported_modules(node):
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        return [node.module]
    return []


def analyse():
    names = apps()
    edges = {app: set() for app in names}
    inner = []
    lines = {}
    for app in names:
        total = 0
        for path in sources(app):
            text = path.read_text()
            total += sum(1 for line in text.splitlines() if line.strip() and not line.strip().startswith("#"))
            tree = ast.parse(text)
            functions = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
            nested = {id(n) for f in functions for n in ast.walk(f) if n is not f}
            for node in ast.walk(tree):
                for module in imported_modules(node):
                    top = module.split(".")[0]
                    if top in names and top != app:
                        edges[app].add(top)
                    if top in names and id(node) in nested:
                        inner.append(f"{path.relative_to(ROOT)}:{node.lineno} {module}")
        lines[app] = total
    return {
        "edges": {app: sorted(targets) for app, targets in edges.items()},
        "cycles": cycles(edges),
        "imports_in_functions": inner,
        "lines": lines,
    }


def cycles(edges):
    """Strongly connected components of more than one app (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in edges:
        if node not in index:
            visit(node)
    return sorted(found)


def main():
    report = analyse()
    if "--json" in sys.argv:
        print(json.dumps(report, indent=2))
        return
    print("App imports (app -> apps it imports):")
    for app, targets in report["edges"].items():
        print(f"  {app:20} -> {', '.join(targets) or '-'}")
    print("Cycles:", "; ".join(" <-> ".join(c) for c in report["cycles"]) or "none")
    print(f"Imports of project modules inside functions: {len(report['imports_in_functions'])}")
    for item in report["imports_in_functions"]:
        print(f"  {item}")
    print("Lines of code per app (no blank lines, comments or migrations):")
    for app, count in report["lines"].items():
        print(f"  {app:20} {count}")
    print(f"  {'total':20} {sum(report['lines'].values())}")


if __name__ == "__main__":
    main()
