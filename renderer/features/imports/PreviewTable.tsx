import { ScrollArea, Table, Text } from '@mantine/core';
import type { ImportPreview } from '../../../shared/ipc/channels/imports';

/** The file's first rows as they are, so the lead recognises the export. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  return (
    <div>
      <Text size="sm" fw={500} mb={4} id="import-first-rows">
        First rows of {preview.fileName}
      </Text>
      <ScrollArea type="auto" offsetScrollbars>
        <Table withTableBorder striped aria-labelledby="import-first-rows" fz="xs">
          <Table.Thead>
            <Table.Tr>
              {preview.headers.map((h, i) => (
                <Table.Th key={i} scope="col" style={{ whiteSpace: 'nowrap' }}>
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.slice(0, 5).map((row, r) => (
              <Table.Tr key={r}>
                {preview.headers.map((_, c) => (
                  <Table.Td key={c} style={{ whiteSpace: 'nowrap' }}>
                    {row[c] ?? ''}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </div>
  );
}
