"""A folder in content/ that is a symlink to a folder elsewhere: never entered."""


def maak(project):
    (project / "elders").mkdir()
    (project / "elders/geheim.yaml").write_text("titel: GEHEIM\n", encoding="utf-8")
    (project / "content").mkdir()
    (project / "content/vuistregels").symlink_to("../elders", target_is_directory=True)
