import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/page.css';

document.documentElement.lang = navigator.language.startsWith('en') ? 'en' : 'sv';
render(<OptionsApp />, document.getElementById('app')!);
