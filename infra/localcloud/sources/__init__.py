"""Event sources, each driving functions as the AWS service behind it does."""
