/** Key of `news.boilerplate.v1`: one replica's slice of one source, so compaction keeps the latest of each. */
export class BoilerplateSnapshotKey {
  constructor(
    readonly replicaId: string,
    readonly sourceId: string,
  ) {}

  encode(): string {
    return `${this.replicaId}|${this.sourceId}`;
  }
}
