"""The package boundaries, read from the syntax trees (``ast``), never by grepping text:

- analysis/ has no import cycle (imports inside functions count; ``if TYPE_CHECKING:`` blocks,
  which never run, do not) and never imports streamlit, ui or pages;
- pages and the ui frame hold no computation of their own (no grouping or reshaping calls);
- app.py lists every page and nothing else under pages/, each with a fixed url_path;
- modules of analysis/ stay under about 400 lines, and public functions state their contract;
- nothing downloads models or corpora at run time.

Modules are discovered with ``rglob``, so packages (``analysis/entities/``) are walked too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

#: Packages still being split: exempt from the size and docstring rules until their owners adopt
#: them (the import rules apply to them already). None today.
BEING_SPLIT: tuple[str, ...] = ()
MAX_LINES = 420
#: Calls that group or reshape data: a page or the frame calls a function of analysis/ instead.
COMPUTING_CALLS = {"groupby", "pivot_table", "pivot", "crosstab", "agg", "aggregate", "resample", "merge",
                   "value_counts", "apply", "melt"}


def module_names(package: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every .py under ``package`` (a package's ``__init__``
    is named after the package)."""
    names = {}
    for path in sorted(package.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = path.relative_to(package.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names[".".join(parts)] = path
    return names


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def runtime_import_nodes(tree: ast.AST):
    """Every Import and ImportFrom node that can run: at any depth (inside functions too), except
    in the body of ``if TYPE_CHECKING:``."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        stack.extend(ast.iter_child_nodes(node))


def imported_names(path: Path) -> list[str]:
    """Every module name an import statement in the file names (absolute form as written, any
    depth, TYPE_CHECKING blocks included: for "never imports X" rules)."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def import_graph(package: Path) -> dict[str, set[str]]:
    """Module -> the modules of the same package it imports at run time. Relative imports are
    resolved; ``from pkg import name`` points at the submodule ``pkg.name`` when there is one,
    else at ``pkg`` itself (its ``__init__``)."""
    modules = module_names(package)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        for node in runtime_import_nodes(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                if node.level:
                    base_parts = name.split(".") if is_package else name.split(".")[:-1]
                    base_parts = base_parts[:len(base_parts) - (node.level - 1)]
                    base = ".".join(base_parts + ([node.module] if node.module else []))
                else:
                    base = node.module
                for alias in node.names:
                    targets.append(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
            for target in targets:
                while target and target not in modules:  # `import a.b.c` names a.b.c, or an attribute path
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path (first module repeated at the end), or None."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return path[path.index(target):] + [target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_analysis_has_no_import_cycle():
    graph = import_graph(ROOT / "analysis")
    # the walk sees the package's real edges (a resolver that saw nothing would find no cycle)
    assert {"analysis.tables", "analysis.serialize", "analysis.pieces"} <= graph["analysis.analyze"]
    assert "analysis.analyze" in graph["analysis"]
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph))


def test_ui_frame_has_no_import_cycle():
    graph = import_graph(ROOT / "ui")
    assert graph["ui.frame"] == {"ui.documents", "ui.pending", "ui.share"}
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph))


def test_cycle_finder_sees_cycles_through_packages_and_deferred_imports(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg.sub import helper\n")
    (package / "sub" / "__init__.py").write_text("from .helper import run\n")
    (package / "sub" / "helper.py").write_text("def run():\n    from .. import a\n")
    (package / "typed.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import a\n")
    graph = import_graph(package)
    assert graph["pkg.a"] == {"pkg.sub.helper"}
    assert graph["pkg.sub"] == {"pkg.sub.helper"}
    assert graph["pkg.sub.helper"] == {"pkg.a"}
    assert graph["pkg.typed"] == set()
    assert find_cycle(graph) == ["pkg.a", "pkg.sub.helper", "pkg.a"]
    assert find_cycle({"x": {"y"}, "y": set()}) is None


def test_analysis_never_imports_streamlit_ui_or_pages():
    files = sorted((ROOT / "analysis").rglob("*.py"))
    assert len(files) > 10
    for path in files:
        banned = [m for m in imported_names(path) if m.split(".")[0] in ("streamlit", "ui", "pages")]
        assert not banned, f"{path.relative_to(ROOT)} imports {banned}"


def _calls(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            yield func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", ""), node.lineno


def test_pages_and_frame_only_render():
    files = [*sorted((ROOT / "pages").glob("*.py")), *sorted((ROOT / "ui").glob("*.py")), ROOT / "app.py"]
    offences = [f"{path.relative_to(ROOT)}:{line} {name}()" for path in files
                for name, line in _calls(path) if name in COMPUTING_CALLS]
    assert offences == []


def test_app_lists_every_page_with_a_fixed_url():
    pages = {}
    for node in ast.walk(ast.parse((ROOT / "app.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "Page":
            keywords = {k.arg: k.value.value for k in node.keywords if isinstance(k.value, ast.Constant)}
            pages[node.args[0].value] = keywords.get("url_path")
    assert set(pages) == {f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py")}
    assert all(pages.values()) and len(set(pages.values())) == len(pages)


def _own_modules() -> list[Path]:
    return [p for p in sorted((ROOT / "analysis").rglob("*.py"))
            if not str(p.relative_to(ROOT)).startswith(BEING_SPLIT)]


@pytest.mark.parametrize("path", _own_modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_module_size(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES


@pytest.mark.parametrize("path", _own_modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_public_functions_state_their_contract(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    scopes = [tree, *(n for n in tree.body if isinstance(n, ast.ClassDef) and not n.name.startswith("_"))]
    missing = [f"{node.name} (line {node.lineno})" for scope in scopes for node in scope.body
               if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
               and not node.name.startswith("_") and not ast.get_docstring(node)]
    assert missing == []
    assert ast.get_docstring(tree), "module docstring"


def test_no_runtime_downloads():
    """No model or corpus is fetched at run time: no spacy.cli.download, nltk.download or
    TextBlob's download_corpora, called or imported, anywhere in the app or the package."""
    banned_calls = {"download_corpora", "download_model"}
    files = [*ROOT.glob("*.py"), *(ROOT / "analysis").rglob("*.py"), *(ROOT / "pages").glob("*.py"),
             *(ROOT / "ui").glob("*.py")]
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = ast.unparse(node.func.value)
                assert not (node.func.attr == "download" and owner in ("nltk", "spacy.cli", "cli")), path
            if isinstance(node, ast.Call):
                assert getattr(node.func, "id", getattr(node.func, "attr", "")) not in banned_calls, path
            if isinstance(node, ast.ImportFrom) and node.module in ("spacy.cli", "nltk", "textblob.download_corpora"):
                assert all(alias.name != "download" for alias in node.names), path
            if isinstance(node, ast.Import):
                assert all(alias.name != "textblob.download_corpora" for alias in node.names), path
