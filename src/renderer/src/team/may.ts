/** What the editors may change, as the write rule answered (abilities). */
export interface May {
  /** The teams whose settings, members and territories the member may edit. */
  readonly teams: ReadonlySet<string>;
  /** An admin: every team, members and territories of none, new teams. */
  readonly allTeams: boolean;
}

/** Whether a record of this team (or of none) may be edited. */
export const mayEdit = (may: May, teamId: string | null): boolean =>
  may.allTeams || (teamId !== null && may.teams.has(teamId));
