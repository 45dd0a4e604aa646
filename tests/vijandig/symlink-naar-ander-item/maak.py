"""A symlink to another content file: refused too (one file, one item)."""


def maak(project):
    (project / "content/vuistregels/kopie.yaml").symlink_to("een-collega.yaml")
