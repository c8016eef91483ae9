/** Test helper: the part of a bill both the builder and the reader give, for comparing the two. */
import type {Bill as BuiltBill, Provision as BuiltProvision} from '../../src/bill/model.js';
import type {Bill as ReadBill, Provision as ReadProvision} from '../../src/bill/model.js';

interface Shape {
  kind: string;
  label: string;
  eId: string;
  text: string;
  defines: string | undefined;
  children: Shape[];
}

const provisionShape = (p: BuiltProvision | ReadProvision): Shape => ({
  kind: p.kind,
  label: p.label,
  eId: p.eId,
  text: p.block.text.replace(/\s+/g, ' ').trim(),
  defines: p.defines,
  children: p.children.map(provisionShape)
});

/** The part of a bill both the builder and the reader give. */
/** Parts, sections, schedules and the provision tree, without positions. */
export function billShape(bill: BuiltBill | ReadBill) {
  return {
    title: bill.title.text,
    longTitle: bill.longTitle?.text,
    enactingFormula: bill.enactingFormula?.text,
    body: bill.body.map((item) =>
      item.kind === 'part'
        ? {
            part: item.number,
            heading: item.heading,
            eId: item.eId,
            sections: item.sections.map((s) => ({
              section: s.number,
              heading: s.heading,
              eId: s.eId,
              children: s.children.map(provisionShape)
            }))
          }
        : {section: item.number, heading: item.heading, eId: item.eId, children: item.children.map(provisionShape)}
    ),
    schedules: bill.schedules.map((s) => ({schedule: s.number, heading: s.heading, eId: s.eId, children: s.children.map(provisionShape)}))
  };
}
