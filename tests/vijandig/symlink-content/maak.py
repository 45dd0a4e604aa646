"""content/ itself is a symlink to a folder elsewhere."""


def maak(project):
    (project / "elders/vuistregels").mkdir(parents=True)
    (project / "elders/vuistregels/geheim.yaml").write_text("titel: GEHEIM\n", encoding="utf-8")
    (project / "content").symlink_to("elders", target_is_directory=True)
