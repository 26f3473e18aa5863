"""Tern's local cloud: runs the functions of template.yaml as AWS Lambda does, on loopback, against moto."""
