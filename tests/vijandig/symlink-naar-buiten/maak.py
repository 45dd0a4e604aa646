"""A symlink in content/ to a file outside it (in CI: a file of the runner): never read."""


def maak(project):
    (project / "geheim.txt").write_text("titel: GEHEIM\n", encoding="utf-8")
    (project / "content/vuistregels").mkdir(parents=True)
    (project / "content/vuistregels/geheim.yaml").symlink_to("../../geheim.txt")
