"""A file saved as Windows-1252 ('café'): reported at the line of the first such letter."""


def maak(project):
    path = project / "content/vuistregels/cafe.yaml"
    path.parent.mkdir(parents=True)
    path.write_bytes("titel: Koffie\nregel: In het café.\n".encode("cp1252"))
