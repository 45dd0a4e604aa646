"""A symlink that points nowhere."""


def maak(project):
    (project / "content/vuistregels").mkdir(parents=True)
    (project / "content/vuistregels/weg.yaml").symlink_to("bestaat-niet.yaml")
