"""The commands (build, check, release, reproduce): the only place the stages meet."""
