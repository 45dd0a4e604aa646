"""A file just under 1 MB with 166,000 list items: stopped at 10,000 values."""


def maak(project):
    path = project / "content/vuistregels/bijna-groot.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("titel: x\nzie_ook:\n" + "  - a\n" * 166_000, encoding="utf-8")
