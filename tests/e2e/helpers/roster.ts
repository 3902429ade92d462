import { expect, type Page } from '@playwright/test';

export interface NewPerson {
  name: string;
  role?: string;
  email?: string;
  frequency?: 'No regular 1:1' | 'Weekly' | 'Every two weeks' | 'Monthly';
  weekday?: string;
  time?: string;
  startsOn?: string;
  skills?: string[];
  tags?: string[];
}

/** Fills the Add person form the way a lead would, and waits for the profile. */
export async function addPerson(page: Page, person: NewPerson): Promise<void> {
  await page.getByRole('link', { name: 'Team' }).click();
  await page.getByRole('button', { name: 'Add person' }).first().click();
  await page.getByLabel('Name').fill(person.name);
  if (person.role) await page.getByLabel('Role').fill(person.role);
  if (person.email) await page.getByLabel('Email').fill(person.email);
  if (person.frequency) await pick(page, 'How often', person.frequency);
  if (person.weekday) await pick(page, 'Weekday', person.weekday);
  if (person.time) await page.getByLabel('Time').fill(person.time);
  if (person.startsOn) await page.getByLabel('1:1s start on').fill(person.startsOn);
  for (const skill of person.skills ?? []) await addTag(page, 'Skills', skill);
  for (const tag of person.tags ?? []) await addTag(page, 'Tags', tag);
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { name: person.name })).toBeVisible();
}

export async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function addTag(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByRole('combobox', { name: label });
  await input.fill(value);
  await input.press('Enter');
}
