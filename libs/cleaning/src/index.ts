export * from './clean-article';
export * from './text-normalise';
export * from './html-to-paragraphs';
