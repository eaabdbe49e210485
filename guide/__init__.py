"""The guide's core: the data model of mission.yml, the tasks, the renderers and the documents.

Nothing here imports MkDocs: the MkDocs glue (macros/ and hooks/) calls these modules, so that
a move to another engine replaces only that glue. See ARCHITECTURE.md.
"""
