export * from './clean-article';
export * from './text-normalise';
export * from './html/parse-html';
export * from './html/block-text';
export * from './html/html-extract';
export * from './plain/line-classifier';
