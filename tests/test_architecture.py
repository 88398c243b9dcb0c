"""The shape of the code: the dependency direction tui -> store -> extract and the independence
of the language folders (import-linter's contracts in pyproject.toml), and no function or class
longer than a reader can hold in mind unless tests/long_code_exemptions.txt says why."""
import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert lint, "import-linter is part of the test extra"
    done = subprocess.run([lint], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 kept, 0 broken" in done.stdout


PACKAGES = ("extract", "store", "tui", "bench")  # every package of the project, no exceptions by folder
MAX_FUNCTION_LINES = 60
MAX_CLASS_LINES = 250
EXEMPTIONS = ROOT / "tests" / "long_code_exemptions.txt"


def project_files() -> list[Path]:
    return [path for package in PACKAGES for path in sorted((ROOT / package).rglob("*.py"))]


def long_definitions(files: list[Path], root: Path = ROOT) -> dict[str, list[str]]:
    """Qualified name (Class.method, outer.inner) -> ["path: N lines", ...] of every function
    over MAX_FUNCTION_LINES and every class over MAX_CLASS_LINES lines (decorators not counted)."""
    found: dict[str, list[str]] = {}

    def visit(node: ast.AST, prefix: str, path: Path) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = prefix + child.name
                lines = child.end_lineno - child.lineno + 1
                limit = MAX_CLASS_LINES if isinstance(child, ast.ClassDef) else MAX_FUNCTION_LINES
                if lines > limit:
                    found.setdefault(name, []).append(f"{path.relative_to(root)}: {lines} lines")
                visit(child, name + ".", path)
            else:
                visit(child, prefix, path)

    for path in files:
        visit(ast.parse(path.read_text("utf-8")), "", path)
    return found


def exemptions() -> dict[str, str]:
    """Name -> reason, from tests/long_code_exemptions.txt."""
    out = {}
    for line in EXEMPTIONS.read_text("utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, reason = line.partition(":")
            assert reason.strip(), f"{EXEMPTIONS.name}: '{line}' gives no reason"
            out[name.strip()] = reason.strip()
    return out


def test_no_long_function_or_class_without_a_written_reason():
    long, exempt = long_definitions(project_files()), exemptions()
    unexplained = {name: where for name, where in long.items() if name not in exempt}
    assert not unexplained, (
        f"over {MAX_FUNCTION_LINES} lines (function) or {MAX_CLASS_LINES} (class): split it, or add "
        f"'name: reason' to {EXEMPTIONS.name}: {unexplained}")


def test_every_exemption_is_still_needed():
    stale = sorted(set(exemptions()) - set(long_definitions(project_files())))
    assert not stale, f"no longer too long, delete from {EXEMPTIONS.name}: {stale}"


def test_the_size_check_counts_methods_and_nested_functions(tmp_path):
    body = "".join(f"        x{i} = {i}\n" for i in range(MAX_FUNCTION_LINES))  # def line + 60 = 61 lines
    source = (
        "class Short:\n    def method(self):\n" + body
        + "def outer():\n    def inner():\n" + body + "    return inner\n"
        + "def fits():\n" + "".join(f"    y{i} = {i}\n" for i in range(MAX_FUNCTION_LINES - 1))
    )
    (tmp_path / "mod.py").write_text(source, encoding="utf-8")
    found = long_definitions([tmp_path / "mod.py"], tmp_path)
    assert found == {"Short.method": ["mod.py: 61 lines"], "outer": ["mod.py: 63 lines"],
                     "outer.inner": ["mod.py: 61 lines"]}


# Parameters of an unbounded cache whose values come from the data files or the code, never from
# the texts read: a cache keyed by words, names or sentences must have a maxsize, or a long run
# over a big archive grows without end.
DATA_KEYS = {"lang", "path", "pattern", "flags", "value"}


def unbounded_text_caches(files: list[Path], root: Path = ROOT) -> list[str]:
    """'path: function(params)' of every function cached without a bound (@cache,
    @lru_cache(maxsize=None), also imported under another name) that takes a parameter outside
    DATA_KEYS."""
    def unbounded(decorator: ast.expr, aliases: dict[str, str]) -> bool:
        name = decorator.func if isinstance(decorator, ast.Call) else decorator
        name = name.attr if isinstance(name, ast.Attribute) else getattr(name, "id", "")
        name = aliases.get(name, name)
        if name == "cache":
            return True
        return name == "lru_cache" and isinstance(decorator, ast.Call) and any(
            isinstance(v, ast.Constant) and v.value is None
            for v in decorator.args[:1] + [k.value for k in decorator.keywords if k.arg == "maxsize"])

    found = []
    for path in files:
        tree = ast.parse(path.read_text("utf-8"))
        # "from functools import cache as memo": the decorator is spelled @memo
        aliases = {a.asname: a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                   and node.module == "functools" for a in node.names if a.asname}
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                    and any(unbounded(d, aliases) for d in node.decorator_list):
                params = [a.arg for a in node.args.args + node.args.kwonlyargs]
                if set(params) - DATA_KEYS:
                    found.append(f"{path.relative_to(root)}: {node.name}({', '.join(params)})")
    return found


def test_caches_keyed_by_text_are_bounded():
    assert unbounded_text_caches(project_files()) == []


def test_the_cache_check_finds_an_unbounded_word_cache(tmp_path):
    source = tmp_path / "m.py"
    source.write_text("from functools import cache, lru_cache\n"
                      "@lru_cache(maxsize=None)\ndef tag(word): pass\n"
                      "@cache\ndef lemma(word): pass\n"
                      "@lru_cache(maxsize=1000)\ndef bounded(word): pass\n"
                      "@lru_cache(maxsize=None)\ndef table(lang): pass\n"
                      "@lru_cache(None)\ndef stem(word): pass\n"
                      "from functools import cache as memo, lru_cache as keep\n"
                      "@memo\ndef gender(name): pass\n"
                      "@keep(maxsize=None)\ndef case(word): pass\n"
                      "@keep(maxsize=64)\ndef number(word): pass\n", "utf-8")
    assert unbounded_text_caches([source], tmp_path) == ["m.py: tag(word)", "m.py: lemma(word)", "m.py: stem(word)",
                                                          "m.py: gender(name)", "m.py: case(word)"]
