"""A symlink in docs/ to a file outside the project: MkDocs would follow it and publish it."""


def maak(project):
    (project / "geheim.txt").write_text("GEHEIM\n", encoding="utf-8")
    (project / "docs").mkdir()
    (project / "docs/index.md").write_text("# Welkom\n", encoding="utf-8")
    (project / "docs/geheim.md").symlink_to("../geheim.txt")
    (project / "content").mkdir()
