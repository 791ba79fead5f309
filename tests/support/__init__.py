"""Test helpers shared by several test folders (fake servers, builders)."""
