"""Turning domain results into discord.py embeds, views and files."""
