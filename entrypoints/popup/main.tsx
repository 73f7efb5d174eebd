import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/page.css';
import './popup.css';

document.documentElement.lang = navigator.language.startsWith('en') ? 'en' : 'sv';
render(<PopupApp />, document.getElementById('app')!);
