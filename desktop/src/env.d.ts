// esbuild bundles the stylesheet the entry imports into assets/app.css.
declare module '*.css';
