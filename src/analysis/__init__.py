"""Political-violence event data: sources -> clean -> store -> metrics -> plots -> reports."""

__version__ = "0.1.0"
