import { render } from 'preact';
import { CameraTestApp } from '@/components/camera/CameraTestApp';
import { uiLanguage } from '@/lib/i18n';
import { cameraTexts } from '@/lib/camera/advice/texts';
import '@/components/page.css';

document.documentElement.lang = uiLanguage();
document.title = `${cameraTexts().title} – Vårdmöteskollen`;
render(<CameraTestApp />, document.getElementById('app')!);
