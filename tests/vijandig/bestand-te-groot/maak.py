"""A content file just over the 1 MB limit: refused before it is read."""


def maak(project):
    path = project / "content/vuistregels/groot.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("titel: x\ntoelichting: " + "a" * 1_000_000 + "\n", encoding="utf-8")
