"""A downstream consumer of news.articles.stored.v1 in Python, using only what
the project publishes (docs/consumers.md): the topic's JSON Schemas, a Kafka
client (kafka-python) and a JSON Schema validator (jsonschema).

    pip install -r examples/python/requirements.txt
    KAFKA_BROKERS=127.0.0.1:19092 python examples/python/stored_consumer.py my-group [--from-beginning]

Each message's key, headers and value are validated against the schemas;
redeliveries are dropped (same rule as docs/consumers.md); each change is
applied once, in order per article, and its offset committed only after.
Prints one JSON line per change.
"""

import json
import os
import sys
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker
from kafka import KafkaConsumer, ConsumerRebalanceListener

TOPIC = "news.articles.stored.v1"


def validators(schemas_dir: Path, topic: str = TOPIC) -> dict:
    """Validators of the topic's key, headers and value, from the published schema files."""
    out = {}
    for part in ("key", "headers", "value"):
        schema = json.loads((schemas_dir / topic / f"{part}.schema.json").read_text(encoding="utf-8"))
        out[part] = Draft202012Validator(schema, format_checker=FormatChecker())
    return out


class Deduper:
    """Per article, the last version applied and the changes seen at it (events of one article come in order)."""

    def __init__(self) -> None:
        self.last: dict = {}

    def offer(self, article_id: str, version: int, causation_id: str) -> bool:
        seen = self.last.get(article_id)
        if seen and version < seen[0]:
            return False
        if seen and version == seen[0]:
            if causation_id in seen[1]:
                return False
            seen[1].add(causation_id)  # same version, new change (a correction or a kill)
            return True
        self.last[article_id] = (version, {causation_id})
        return True


class Ready(ConsumerRebalanceListener):
    """Says so once the group gave this consumer its partitions."""

    def __init__(self) -> None:
        self.said = False

    def on_partitions_revoked(self, revoked) -> None:
        pass

    def on_partitions_assigned(self, assigned) -> None:
        if not self.said:
            self.said = True
            print(json.dumps({"ready": True}), flush=True)


def problems(validator, data) -> str:
    return "; ".join(f"{'/'.join(map(str, e.absolute_path)) or '(root)'} {e.message}" for e in validator.iter_errors(data))


def main() -> None:
    group = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "stored-consumer-python"
    schemas_dir = Path(os.environ.get("SCHEMAS_DIR", Path(__file__).resolve().parent.parent.parent / "schemas"))
    check = validators(schemas_dir)
    consumer = KafkaConsumer(
        bootstrap_servers=os.environ.get("KAFKA_BROKERS", "127.0.0.1:19092").split(","),
        group_id=group,
        auto_offset_reset="earliest" if "--from-beginning" in sys.argv else "latest",
        enable_auto_commit=False,
    )
    consumer.subscribe([TOPIC], listener=Ready())
    dedupe = Deduper()
    for message in consumer:
        key = message.key.decode("utf-8") if message.key is not None else None
        headers = {k: v.decode("utf-8") for k, v in (message.headers or [])}
        try:
            value = json.loads(message.value)
        except (TypeError, ValueError):
            print(json.dumps({"invalid": "value is not JSON", "offset": message.offset}), flush=True)
            consumer.commit()
            continue
        invalid = next((f"{part}: {problems(check[part], data)}" for part, data in (("key", key), ("headers", headers), ("value", value)) if not check[part].is_valid(data)), None)
        if invalid:
            print(json.dumps({"invalid": invalid, "offset": message.offset}), flush=True)
        else:
            envelope = value["envelope"]
            if dedupe.offer(value["articleId"], value["version"], envelope.get("causationId", envelope["eventId"])):
                article = value.get("article") or {}
                line = {"change": value["change"], "articleId": value["articleId"], "version": value["version"], "title": article.get("title"), "traceparent": headers.get("traceparent")}
                print(json.dumps(line), flush=True)
        # After the change is applied (printed): a crash before this replays it, and the deduper drops the replay.
        consumer.commit()


if __name__ == "__main__":
    main()
