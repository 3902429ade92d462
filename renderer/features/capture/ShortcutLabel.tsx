import { Kbd } from '@mantine/core';
import { Fragment } from 'react';
import { formatAccelerator } from '../../../shared/model/recognition';
import { isMac } from '../../lib/platform';

/** An accelerator as keys: Ctrl + Shift + K. */
export function ShortcutLabel({ accelerator }: { accelerator: string }) {
  const keys = formatAccelerator(accelerator, isMac).split('+');
  return (
    <span aria-label={formatAccelerator(accelerator, isMac)}>
      {keys.map((key, i) => (
        <Fragment key={`${key}-${i}`}>
          {i > 0 && ' + '}
          <Kbd size="xs">{key}</Kbd>
        </Fragment>
      ))}
    </span>
  );
}
