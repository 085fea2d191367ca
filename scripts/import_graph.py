"""Print the project's import graph between its apps, the cycles in it and between the modules of one
app, imports inside functions, and lines of code per app.

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


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(node, module, is_package, known):
    """The modules an import statement names, relative ones resolved against ``module``; for
    ``from package import name`` the submodule when ``name`` is one."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    base = node.module or ""
    if node.level:
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[: len(package) - (node.level - 1)]
        base = ".".join(package + ([node.module] if node.module else []))
    found = [f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in known]
    return found or [base]


def analyse():
    names = apps()
    files = {module_name(path): path for app in names for path in sources(app)}
    edges = {app: set() for app in names}
    module_edges = {module: set() for module in files}
    inner = []
    lines = {}
    for module, path in files.items():
        app = module.split(".")[0]
        text = path.read_text()
        lines[app] = lines.get(app, 0) + sum(
            1 for line in text.splitlines() if line.strip() and not line.strip().startswith("#")
        )
        tree = ast.parse(text)
        functions = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        nested = {id(n) for f in functions for n in ast.walk(f) if n is not f}
        # Django's place for an app to load its own signal handlers: AppConfig.ready() in apps.py.
        ready = {id(n) for f in functions if f.name == "ready" and path.name == "apps.py" for n in ast.walk(f)}
        for node in ast.walk(tree):
            for target in imported_modules(node, module, path.name == "__init__.py", files):
                top = target.split(".")[0]
                if top not in names:
                    continue
                if top != app:
                    edges[app].add(top)
                if target in files and target != module:
                    module_edges[module].add(target)
                if id(node) in nested and not (id(node) in ready and top == app):
                    inner.append(f"{path.relative_to(ROOT)}:{node.lineno} {target}")
    return {
        "edges": {app: sorted(targets) for app, targets in edges.items()},
        "cycles": cycles(edges),
        "module_cycles": cycles(module_edges),
        "imports_in_functions": sorted(inner),
        "lines": {app: lines.get(app, 0) for app in names},
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
    print("Module cycles:", "; ".join(" <-> ".join(c) for c in report["module_cycles"]) or "none")
    print(f"Imports of project modules inside functions: {len(report['imports_in_functions'])}")
    for item in report["imports_in_functions"]:
        print(f"  {item}")
    print("Lines of code per app (no blank lines, comments or migrations):")
    for app, count in report["lines"].items():
        print(f"  {app:20} {count}")
    print(f"  {'total':20} {sum(report['lines'].values())}")


if __name__ == "__main__":
    main()
