import { render } from 'preact';
import { DoorSign } from '@/components/checklist/DoorSign';
import '@/components/page.css';

// The sign's wording is the guideline's, in Swedish, whatever the browser's language.
document.documentElement.lang = 'sv';
render(<DoorSign />, document.getElementById('app')!);
