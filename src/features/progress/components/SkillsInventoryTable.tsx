import { Badge } from "@/components/ui/badge";
import type { InventoryRow } from "@/progress/skillsInventory";

const STATUS = {
  shown: { label: "Shown in practice", variant: "success" },
  claimed: { label: "On resume only", variant: "warning" },
  gap: { label: "No evidence yet", variant: "destructive" },
} as const;
const SOURCE = { answer: "typed answer", recorded: "recorded interview", live: "live interview" } as const;

export function SkillsInventoryTable({ rows }: { rows: InventoryRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">No skills could be identified in the job description yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Skills the job asks for and your evidence for each</caption>
        <thead>
          <tr className="text-left text-muted-foreground">
            <th className="p-2">Skill</th>
            <th className="p-2">Status</th>
            <th className="p-2">Resume</th>
            <th className="p-2">Practice</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.skill} className="border-t border-border align-top">
              <td className="p-2 font-medium">
                {r.skill}
                {r.required ? <span className="block text-xs font-normal text-muted-foreground">required</span> : null}
              </td>
              <td className="p-2">
                <Badge variant={STATUS[r.status].variant}>{STATUS[r.status].label}</Badge>
              </td>
              <td className="p-2">{r.resume ? <q>{r.resume}</q> : <span className="text-muted-foreground">—</span>}</td>
              <td className="p-2">
                {r.practice.quote ? (
                  <>
                    <q>{r.practice.quote}</q>
                    <span className="block text-xs text-muted-foreground">
                      {r.practice.count} mention{r.practice.count > 1 ? "s" : ""}, first in a {SOURCE[r.practice.source!]}
                    </span>
                  </>
                ) : (
                  <span className="text-muted-foreground">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
