"""Entities that live across articles: one person is one row, with aliases and the titles held over time."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), unique=True)  # normalised identity key
    country: Mapped[str | None] = mapped_column(String(80))

    aliases: Mapped[list[PersonAlias]] = relationship(cascade="all, delete-orphan", order_by="PersonAlias.id")
    titles: Mapped[list[PersonTitle]] = relationship(cascade="all, delete-orphan", order_by="PersonTitle.id")


class PersonAlias(Base):
    __tablename__ = "person_aliases"
    __table_args__ = (UniqueConstraint("key", name="uq_person_aliases_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300))


class PersonTitle(Base):
    __tablename__ = "person_titles"
    __table_args__ = (UniqueConstraint("person_id", "title", "organization", name="uq_person_titles_held"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    organization: Mapped[str] = mapped_column(String(300), default="")
    first_seen: Mapped[date | None] = mapped_column(Date)
    last_seen: Mapped[date | None] = mapped_column(Date)


class Zone(Base):
    __tablename__ = "zones"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    location: Mapped[str | None] = mapped_column(Text)
    province: Mapped[str | None] = mapped_column(Text)


class Organization(Base):
    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    abbreviation: Mapped[str | None] = mapped_column(String(40))
