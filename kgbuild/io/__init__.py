"""Loaders by format: each turns a file into Documents or raises InputError naming the file."""

from kgbuild.io.discover import Skipped, iter_inputs
from kgbuild.io.load import LoadResult, load_path

__all__ = ["LoadResult", "Skipped", "iter_inputs", "load_path"]
